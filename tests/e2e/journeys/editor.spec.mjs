// An intranet editor pastes the README's snippet into a typical intranet page
// (www/examples/intranet.html: a header, a sidebar, a 700 px content column,
// a footer, the site's own stylesheet and a house theme) and checks it the
// way the readers will meet it, in a browser set to dark mode:
// - the light page gets a light, readable widget (and a dark page a dark one),
// - *Udskriv* gives the profile on one A4 page, while the page itself still
//   prints as before,
// - nothing on the page jumps while the widget loads over a slow network.
// Screenshots at every step go to target/playwright/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, expectNoAxeViolations } from '../helpers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test.use({ colorScheme: 'dark', viewport: { width: 1440, height: 900 } });

// The checks that matter to the editor are soft: a run reports every one of
// them that fails, not only the first.

/** axe's colour-contrast rule over the page, shadow roots included. */
async function contrastViolations(page) {
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
  });
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
  });
}

/** The contrast of the hub's text on the hub (SVG text, which axe skips). */
function hubContrast(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const rgb = (value) => value.match(/[\d.]+/g).slice(0, 3).map(Number);
    const luminance = (c) => {
      const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const text = luminance(rgb(getComputedStyle(root.querySelector('.cw-wheel__hub-text')).fill));
    const hub = luminance(rgb(getComputedStyle(root.querySelector('.cw-wheel__hub')).fill));
    return (Math.max(text, hub) + 0.05) / (Math.min(text, hub) + 0.05);
  });
}

const background = (host) => host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.cw')).backgroundColor);

test('a light intranet page in a dark OS gets a light, readable widget; a dark page a dark one', async ({ page }, info) => {
  const shot = (name) => page.screenshot({ path: info.outputPath(`editor-${name}.png`) });
  await page.goto('/examples/intranet.html');
  const kl = new WheelPage(page, page.locator('#kl'));
  const own = new WheelPage(page, page.locator('#own'));
  await kl.ready();
  await expect(own.host.locator('.cw-seg')).toHaveCount(5 + 21);
  // The page declares no colour scheme, so both widgets are light: the
  // house theme's background, and the built-in white.
  expect.soft(await background(kl.host)).toBe('rgb(251, 248, 241)');
  expect.soft(await background(own.host)).toBe('rgb(255, 255, 255)');
  expect.soft(await contrastViolations(page)).toEqual([]);
  expect.soft(await hubContrast(kl.host)).toBeGreaterThanOrEqual(4.5);
  await shot('01-light-page-dark-os');
  // A dimension's introduction and a part's text, as a reader opens them.
  await kl.segment('anvendelse').click();
  await expect(kl.heading).toHaveText('Anvendelseskompetencer');
  expect.soft(await contrastViolations(page)).toEqual([]);
  await kl.segment(parts[1].id).click();
  await expect(kl.heading).toHaveText(parts[1].title);
  expect.soft(await contrastViolations(page)).toEqual([]);
  await shot('02-part-open');
  await expectNoAxeViolations(page);

  // The same site in its dark design declares `color-scheme: dark`: the
  // widget is dark, with the theme's -dark colours.
  await page.goto('/examples/intranet-dark.html');
  await kl.ready();
  // The second widget fetches its own wheel file: read it once it is drawn.
  await expect(own.host.locator('.cw-seg')).toHaveCount(5 + 21);
  expect.soft(await background(kl.host)).toBe('rgb(22, 27, 38)');
  expect.soft(await background(own.host)).toBe('rgb(26, 26, 26)');
  expect.soft(await contrastViolations(page)).toEqual([]);
  expect.soft(await hubContrast(kl.host)).toBeGreaterThanOrEqual(4.5);
  await kl.segment(parts[1].id).click();
  await expect(kl.heading).toHaveText(parts[1].title);
  expect.soft(await contrastViolations(page)).toEqual([]);
  await shot('03-dark-page');
  await expectNoAxeViolations(page);
});

/** Pages in a PDF that Chromium wrote. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('Udskriv prints the profile alone on one A4 page; the page prints as before', async ({ page }, info) => {
  // The print dialog is the browser's; record that it was asked for, then
  // print to PDF what it would print.
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await page.goto('/examples/intranet.html');
  const kl = new WheelPage(page, page.locator('#kl'));
  await kl.ready();
  for (const [index, part] of parts.slice(0, 3).entries()) {
    await kl.segment(part.id).click();
    await kl.host.locator(`label[for="cw-level-${index + 2}"]`).click();
  }
  const asThePage = await page.pdf({ format: 'A4' });
  expect.soft(pageCount(asThePage), 'the page itself prints on several pages').toBeGreaterThan(1);

  await kl.host.getByRole('button', { name: 'Udskriv' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  // What the print shows: the widget alone, nothing of the host's chrome.
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ['.intranet-header', '.intranet-sidebar', '.intranet-footer', 'h1', '#own', '#kl']
    .map((selector) => getComputedStyle(document.querySelector(selector)).display));
  expect.soft(shown).toEqual(['none', 'none', 'none', 'none', 'none', 'block']);
  await expect(kl.host.locator('.cw-profile--print-only')).toBeVisible();
  await page.setViewportSize({ width: 718, height: 1040 });
  await page.screenshot({ path: info.outputPath('editor-04-print.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ media: null });
  const profile = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect.soft(pageCount(profile), 'Udskriv prints one page').toBe(1);

  // Printing ends with `afterprint` (the PDF printer sends it too): the page
  // is the editor's again, and prints as it did before.
  expect.soft(await page.evaluate(() => [document.adoptedStyleSheets.length, document.querySelectorAll('[data-cw-printing]').length])).toEqual([0, 0]);
  expect.soft(pageCount(await page.pdf({ format: 'A4' }))).toBe(pageCount(asThePage));
});

// English comes in a chunk of its own after the module: on an English page
// the pre-rendered first view stays until it has arrived too.
for (const [width, height, lang] of [[1440, 900, 'da'], [390, 844, 'da'], [1440, 900, 'en']]) {
  test(`nothing moves while the widget loads over a slow network at ${width} px${lang === 'en' ? ', in English' : ''}`, async ({ page }, info) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    if (lang === 'en') {
      await page.route('**/examples/intranet.html', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<html lang="da"', '<html lang="en"');
        await route.fulfill({ response, body });
      });
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__shifts = [];
      const record = (entries) => {
        for (const entry of entries) {
          window.__shifts.push({
            value: entry.value,
            hadRecentInput: entry.hadRecentInput,
            moved: entry.sources.map((s) => s.node?.nodeName ?? '?'),
          });
        }
      };
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      window.__takeShifts = () => record(observer.takeRecords());
      // Where the pre-rendered wheel was in the last frame it was shown.
      const watchDisc = () => {
        const disc = document.querySelector('#kl')?.shadowRoot?.querySelector('.cw-pre .cw-wheel');
        if (disc) {
          const { y, width } = disc.getBoundingClientRect();
          window.__disc = { y: y + scrollY, width, widget: document.querySelector('#kl').getBoundingClientRect().height };
        }
        if (!document.querySelector('#kl')?.shadowRoot?.querySelector('.cw-wheel')) requestAnimationFrame(watchDisc);
      };
      requestAnimationFrame(watchDisc);
    });
    await page.goto('/examples/intranet.html', { waitUntil: 'commit' });
    const kl = new WheelPage(page, page.locator('#kl'));
    // The pre-rendered first view: the wheel, before any wasm has run.
    const placeholder = kl.host.locator('.cw-pre .cw-wheel');
    await expect(placeholder).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: info.outputPath(`editor-05-loading-${width}-${lang}.png`) });
    await expect(kl.host.locator('.cw-seg')).toHaveCount(16, { timeout: 30_000 });
    await expect(page.locator('#own').locator('.cw-seg')).toHaveCount(26, { timeout: 30_000 });
    await expect(kl.host.locator('.cw')).toHaveAttribute('lang', lang);
    // The wheel arrives where its pre-rendered drawing was.
    const wheel = await kl.host.locator('.cw-wheel').evaluate((el) => {
      const { y, width } = el.getBoundingClientRect();
      return { y: y + scrollY, width };
    });
    const disc = await page.evaluate(() => window.__disc);
    expect.soft(Math.abs(wheel.y - disc.y), 'the wheel starts where its drawing was').toBeLessThan(2);
    expect.soft(Math.abs(wheel.width - disc.width), 'the wheel is as wide as its drawing').toBeLessThan(2);
    // And the pre-render was as tall as the widget is now, in either language.
    const widget = await kl.host.evaluate((el) => el.getBoundingClientRect().height);
    expect.soft(Math.abs(widget - disc.widget), 'the pre-render is as tall as the widget').toBeLessThan(2);
    // Settled: the page and its fonts loaded and no animation running; two
    // frames later, every shift the page recorded, including those its
    // observer has not been handed yet.
    await page.waitForFunction(() => document.readyState === 'complete' && document.fonts.status === 'loaded');
    await page.evaluate(async () => {
      const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
      await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.__takeShifts();
    });
    await page.screenshot({ path: info.outputPath(`editor-06-loaded-${width}-${lang}.png`) });
    const shifts = await page.evaluate(() => window.__shifts);
    expect.soft(shifts.filter((s) => !s.hadRecentInput), 'layout shifts while loading').toEqual([]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
}
