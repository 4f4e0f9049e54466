// The first view, pre-rendered at build time (xtask/src/prerender.rs) and
// shown by the element before any wasm has run: a visitor on a slow line
// reads the real wheel, and nothing on the page moves when the widget takes
// over. The main wasm is held back, as a slow network does.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, WheelPage } from './helpers.mjs';

const MAIN_WASM = /\/dist\/competence-wheel\.[0-9a-f]{10}\.wasm$/;

const partsIn = (lang) => {
  const file = JSON.parse(readFileSync(new URL(`../../www/wheels/kl-medarbejder.${lang}.json`, import.meta.url), 'utf8'));
  return file.dimensions.flatMap((dimension) => dimension.parts);
};
/** A title as drawn: soft hyphens, the hyphens they became and line breaks aside. */
const bare = (text) => text.replace(/[\s\u00ad-]/g, '');

/** Holds the main wasm back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(MAIN_WASM, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** What the pre-render shows that a person can see: the wheel's part
 *  labels, and the key's entries (under a wheel that shows numbers). */
const visibleTexts = (host, selector) =>
  host.evaluate(
    (el, selector) =>
      [...el.shadowRoot.querySelectorAll(selector)]
        .filter((node) => node.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && node.getBoundingClientRect().width > 0)
        .map((node) => node.textContent),
    selector,
  );

for (const lang of ['da', 'en']) {
  for (const width of [288, 1100]) {
    test(`before any wasm has run, the ${lang} wheel's 12 parts are there to read in a ${width} px column`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
      await page.goto(`/engines/shift.html?w=${width}&lang=${lang}`);
      const host = page.locator('competence-wheel');
      await expect(host.locator('.cw-pre .cw-wheel')).toBeVisible();
      // Each part by its title or short title on the wheel, or (where the
      // wheel shows numbers) by its title in the key, as the widget shows it.
      const labels = (await visibleTexts(host, '.cw-pre .cw-seg__label--part')).map(bare);
      const key = (await visibleTexts(host, '.cw-pre .cw-key__title')).map(bare);
      expect(labels, 'a label on each part').toHaveLength(12);
      for (const part of partsIn(lang)) {
        const named = [part.title, part.short].map(bare).some((name) => labels.includes(name)) || key.includes(bare(part.title));
        expect(named, `"${bare(part.title)}" on the wheel or in its key (labels: ${labels}; key: ${key})`).toBe(true);
      }
      // Nothing of the widget has run: the segments are not buttons yet.
      await expect(host.locator('.cw-seg[role="button"]')).toHaveCount(0);
      await expect(host.locator('.cw-placeholder')).toHaveText(lang === 'da' ? 'Indlæser kompetencehjulet …' : 'Loading the competence wheel …');
      release();
      await new WheelPage(page, host).ready();
      await expect(host.locator('.cw-pre')).toHaveCount(0);
    });
  }
}

/** Loads the shift page at `width` in `lang` (and `query`) with the wasm
 *  held back for a few frames of the pre-render, and asserts that the text
 *  below the widget never was more than 2 px from where it ends. */
async function expectTextBelowToStay(page, lang, width, query = '') {
  const release = await holdWasm(page);
  await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
  await page.goto(`/engines/shift.html?w=${width}&lang=${lang}${query}`);
  await page.waitForFunction(() => window.cwShift.frames.filter((frame) => frame.pre).length >= 3);
  release();
  await page.waitForFunction(() => window.cwShift.done);
  const frames = await page.evaluate(() => window.cwShift.frames);
  const final = frames.at(-1).y;
  const moved = frames.filter((frame) => Math.abs(frame.y - final) > 2);
  expect(moved, `frames whose text below is more than 2 px from where it ends (${final})`).toEqual([]);
}

// The text below the widget stays where it first was, from the first frame
// that shows the widget to the widget ready (in its language: English comes
// in a chunk after the wasm), at a phone's, a small phone's, a content
// column's and a wide page's width. The engine suite checks the same page
// in Firefox and WebKit (tests/engines/checks.mjs).
for (const lang of ['da', 'en']) {
  for (const width of [288, 358, 700, 1100]) {
    test(`the text below lands within 2 px while the widget loads, ${lang}, ${width} px column`, async ({ page }) => {
      await expectTextBelowToStay(page, lang, width);
    });
  }
}

// A page whose column narrows once the first view is in place (its own
// stylesheet arriving late, a turned phone; shift.html?late): the first view
// is drawn again for the new width before its first frame. That redraw once
// resized what its resize observer watched, an uncaught "ResizeObserver loop
// completed with undelivered notifications" (issue 28) that Chromium tells
// only the page's error listeners (page/errors.js collects them).
for (const [lang, width] of [['da', 288], ['en', 700]]) {
  test(`with the column narrowed once the first view is there, the text below stays and the page has no error, ${lang}, ${width} px column`, async ({ page }) => {
    await expectTextBelowToStay(page, lang, width, '&late');
    expect(await page.evaluate(() => window.engineTestErrors)).toEqual([]);
  });
}

// A returning person: with ratings stored the widget also keeps the
// profile for paper, whose chunk comes after the wasm; its loading must
// not push the text below down and back (it did, by 40 px).
for (const [lang, width] of [['da', 358], ['en', 1100]]) {
  test(`with ratings stored, the text below stays within 2 px too, ${lang}, ${width} px column`, async ({ page }) => {
    const doc = JSON.stringify({
      format: 'competence-wheel-ratings',
      version: 1,
      wheel: 'kl-medarbejder',
      ratings: { [partsIn('da')[0].id]: { level: 3, updated: 1796637600000 } },
    });
    await page.addInitScript((value) => localStorage.setItem('competence-wheel:kl-medarbejder', value), doc);
    await expectTextBelowToStay(page, lang, width);
  });
}

test('the pre-rendered view has no axe violations', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('competence-wheel').locator('.cw-pre .cw-wheel')).toBeVisible();
  await expectNoAxeViolations(page);
  release();
});

test('a wheel from src keeps a square for the wheel while it loads', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/examples/intranet.html');
  const own = page.locator('#own');
  const square = own.locator('.cw-sk-wheel');
  await expect(square).toBeVisible();
  const box = await square.boundingBox();
  expect(Math.abs(box.width - box.height)).toBeLessThan(1);
  await expect(own.locator('.cw-pre')).toHaveCount(0);
  release();
  await expect(own.locator(".cw-seg")).toHaveCount(26);
});

// A page with dimension colours of its own (the intranet example's
// theme.css): the built-in colours drawn first would change, some swapping
// looks, when the widget takes over, so the first view has none until then.
test('on a page with its own dimension colours, the pre-rendered wheel shows no built-in colour; on a plain page it does', async ({ page }) => {
  const release = await holdWasm(page);
  const fills = (host) =>
    host.evaluate((el) => {
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      const shapes = [...el.shadowRoot.querySelectorAll('.cw-pre .cw-seg__shape')];
      return { canvas, fills: [...new Set(shapes.map((shape) => getComputedStyle(shape).fill))], count: shapes.length };
    });
  await page.goto('/examples/intranet.html');
  const themed = page.locator('competence-wheel').first();
  await expect(themed.locator('.cw-pre .cw-seg__shape').first()).toBeAttached();
  const onThemed = await fills(themed);
  expect(onThemed.count).toBeGreaterThan(0);
  expect(onThemed.fills, 'every part drawn on the surface, none in a built-in colour').toEqual([onThemed.canvas]);
  await expectNoAxeViolations(page);

  await page.goto('/');
  const plain = page.locator('competence-wheel').first();
  await expect(plain.locator('.cw-pre .cw-seg__shape').first()).toBeAttached();
  const onPlain = await fills(plain);
  expect(onPlain.fills, 'the built-in blue of the first dimension').toContain('rgb(11, 92, 173)');
  release();
});
