// The iframe page: framed from another origin with the README's snippet,
// configured only through validated query parameters.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { expectNoAxeViolations, parts } from './helpers.mjs';

const frameOrigin = process.env.OTHER_ORIGIN ?? 'http://127.0.0.1:8124';
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const snippet = readme
  .split('<!-- iframe-parent-snippet:start -->')[1]
  .split('<!-- iframe-parent-snippet:end -->')[0]
  .replace(/```html|```/g, '');

/**
 * Writes a plain host page (served at /plain/, with no Content-Security-Policy,
 * like a CMS page) on the demo's origin, and returns its path.
 */
let pages = 0;
function plainPage(body) {
  const dir = new URL('../../target/plain/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const name = `page-${process.pid}-${pages++}.html`;
  writeFileSync(new URL(name, dir), `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title></head><body><h1>Intranet</h1>${body}</body></html>`);
  return `/plain/${name}`;
}

/** A plain parent page on the demo's origin holding the README snippet. */
async function openParent(page, query = 'lang=da&mode=rate') {
  const html = snippet
    .replaceAll('https://wheel.example.org', frameOrigin)
    .replace('frame.html?lang=da&mode=rate', `frame.html?${query}`);
  await page.goto(plainPage(html));
  expect(new URL(page.url()).origin).not.toBe(frameOrigin);
  const frame = page.frameLocator('#competence-wheel');
  await expect(frame.locator('competence-wheel').locator('.cw-seg')).toHaveCount(16);
  return frame;
}

test('the README snippet frames the wheel from another origin and sizes it', async ({ page }, info) => {
  const frame = await openParent(page);
  const iframe = page.locator('#competence-wheel');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(1100);
  const contentHeight = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Number(await iframe.getAttribute('height'))).toBe(contentHeight);
  // No inner scrollbar at the frame's width.
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(inner).toBeLessThanOrEqual(1);
  // It works inside: open a part and rate it.
  await frame.locator(`[data-segment="${parts[0].id}"]`).click();
  await frame.locator('#cw-level-3').check();
  await expect(frame.locator('.cw-seg__level')).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('framed.png'), fullPage: true });
});

test('a height message from any other origin is ignored', async ({ page }) => {
  await openParent(page);
  const iframe = page.locator('#competence-wheel');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(1100);
  const before = await iframe.getAttribute('height');
  // The parent's own origin is not the frame's. A listener added after the
  // snippet's runs after it, so once it has seen the message, the snippet
  // has handled it too.
  await page.evaluate(() => new Promise((handled) => {
    window.addEventListener('message', () => handled(), { once: true });
    window.postMessage({ type: 'competence-wheel:height', height: 5 }, '*');
  }));
  expect(await iframe.getAttribute('height')).toBe(before);
});

test('parameters apply: language, mode, theme colours and a same-host wheel', async ({ page }) => {
  const frame = await openParent(page, 'lang=en&mode=explore&cw-text=%23102030&cw-dimension-1=%23550000');
  await expect(frame.locator('.cw__title')).toHaveText('The digital competence wheel for employees');
  await expect(frame.locator('.cw-toolbar')).toHaveCount(0);
  const text = await frame.locator('competence-wheel').evaluate((el) => getComputedStyle(el).getPropertyValue('--cw-text').trim());
  expect(text).toBe('#102030');
  await expect(frame.locator('[data-segment="anvendelse"] path').first()).toHaveAttribute('fill', '#550000');

  const own = await openParentWheel(page);
  await expect(own.locator('.cw__title')).toHaveText('Digital forvaltning – et eksempel på et eget hjul');
});

async function openParentWheel(page) {
  await page.goto(plainPage(`<iframe id="f" title="Hjul" width="100%" height="900" src="${frameOrigin}/dist/frame.html?src=/wheels/eksempel-digital-forvaltning.da.json"></iframe>`));
  const frame = page.frameLocator('#f');
  await expect(frame.locator('competence-wheel').locator('.cw-seg')).toHaveCount(26);
  return frame;
}

test('hostile parameters change nothing but what is allowed', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const query = [
    'lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'mode=rate%22%3E%3Cimg%20src%3Dx%3E',
    'cw-text=red%3B%7Dbody%7Bdisplay%3Anone',
    'cw-radius=99999px',
    'cw-font=Comic%20Sans',
    'src=https%3A%2F%2Fevil.example%2Fwheel.json',
    'storage-key=%3Cb%3E',
    'onload=alert(1)',
  ].join('&');
  const frame = await openParent(page, query);
  const wheel = frame.locator('competence-wheel');
  const state = await wheel.evaluate((el) => ({
    attributes: el.getAttributeNames(),
    style: el.getAttribute('style'),
    inPage: document.body.innerHTML.includes('<script') || document.body.innerHTML.includes('<img'),
  }));
  expect(state.attributes).toEqual([]);
  expect(state.style).toBeNull();
  expect(state.inPage).toBe(false);
  // Defaults held: Danish, rate mode, the built-in wheel.
  await expect(frame.locator('.cw__title')).toHaveText('Det digitale kompetencehjul for medarbejdere');
  await expect(frame.locator('.cw-toolbar')).toHaveCount(1);
  expect(warnings.filter((w) => w.startsWith('competence-wheel frame: ignored'))).toHaveLength(8);
});

test('sandboxed without allow-same-origin: it works in memory and says so', async ({ page }) => {
  await page.goto(plainPage(`<iframe id="s" title="Kompetencehjulet" sandbox="allow-scripts" width="100%" height="1200" src="${frameOrigin}/dist/frame.html"></iframe>`));
  const frame = page.frameLocator('#s');
  await expect(frame.locator('competence-wheel').locator('.cw-seg')).toHaveCount(16);
  await expect(frame.locator('.cw-notice')).toContainText('forsvinder, når du lukker siden');
  await frame.locator(`[data-segment="${parts[1].id}"]`).click();
  await frame.locator('#cw-level-4').check();
  await expect(frame.locator('.cw-seg__level')).toHaveCount(1);
  await expect(frame.locator('.cw-wheel__hub-text')).toContainText('1/12');
  // Loading a file still works without storage.
  await frame.locator('input[type="file"]').setInputFiles({
    name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ innovation: 5 })),
  });
  await expect(frame.locator('[data-segment="innovation"] .cw-seg__level')).toHaveCount(1);
});

test('axe finds nothing inside the frame', async ({ page }) => {
  await page.goto(`${frameOrigin}/dist/frame.html?lang=da&mode=rate`);
  await expect(page.locator('competence-wheel').locator('.cw-seg')).toHaveCount(16);
  await page.locator('competence-wheel').locator(`[data-segment="${parts[0].id}"]`).click();
  await expectNoAxeViolations(page);
});

test('the frame page printed on its own keeps a page margin', async ({ page }) => {
  await page.goto('/dist/frame.html?lang=da&mode=rate');
  await expect(page.locator('competence-wheel')).toBeAttached();
  const margins = await page.evaluate(() => [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule) => rule instanceof CSSPageRule)
    .map((rule) => rule.style.margin));
  expect(margins).toContain('1.2cm');
});
