// An intranet editor puts the wheel on the example intranet page
// (www/examples/intranet.html: a 700 px content column, 17 px text, the
// house theme of www/examples/theme.css with its own background) and gives
// the first dimension the house navy, #14143c. What the readers see:
// - the navy's parts are a navy tint and its rating bands navy too, not grey
//   (checked in OKLCH from the computed fills: its hue, and chroma),
// - the themed box keeps its content off its edge (an inner margin),
// - part labels of at least 14 px in the 700 px column (they were 13 px in
//   a page of 17 px text), and no dashed target arc through any label.
// In the editor, a colour whose parts would look like another dimension's
// gets a warning beside it.
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, storageKey, expectNoAxeViolations } from '../helpers.mjs';

const NAVY = '#14143c';

/** OKLCH of a computed `rgb(…)` colour (Björn Ottosson's OKLab). */
function oklch(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number)
    .map((v) => v / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(A, B), h: ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360 };
}

const hueGap = (a, b) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The intranet page with the house navy as the first dimension's colour. */
async function houseNavy(page) {
  await page.route('**/examples/theme.css', async (route) => {
    const response = await route.fetch();
    const css = (await response.text()).replace(/--cw-dimension-1:[^;]+;/, `--cw-dimension-1: ${NAVY};`);
    await route.fulfill({ response, body: css });
  });
}

for (const width of [1440, 390]) {
  test(`at ${width} px the house navy stays navy on the wheel, its parts and its bands`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await houseNavy(page);
    // A level and a target on every part of the navy dimension.
    await page.addInitScript((key) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const ratings = {};
      for (const id of ['brugerkompetencer', 'dataanvendelse', 'datasikkerhed']) ratings[id] = { level: 2, target: 4, updated: 1 };
      localStorage.setItem(key, JSON.stringify({ format: 'competence-wheel-ratings', version: 1, wheel: 'kl-medarbejder', ratings }));
    }, storageKey);
    await page.goto('/examples/intranet.html');
    const kl = new WheelPage(page, page.locator('#kl'));
    await kl.ready();
    await page.locator('#kl').scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`house-navy-${width}.png`) });
    const navy = oklch('rgb(20, 20, 60)');
    const dimensionParts = parts.filter((p) => p.dimension.id === parts[0].dimension.id);
    expect(dimensionParts).toHaveLength(3);
    for (const part of dimensionParts) {
      const fills = await kl.segment(part.id).evaluate((seg) => ({
        part: getComputedStyle(seg.querySelector('.cw-seg__shape')).fill,
        band: getComputedStyle(seg.querySelector('.cw-seg__level')).fill,
      }));
      for (const [what, fill] of Object.entries(fills)) {
        const shown = oklch(fill);
        // #d5d5dc (the grey of sRGB mixing) has chroma 0.009.
        expect.soft(shown.c, `${part.id}: the ${what}'s chroma (${fill})`).toBeGreaterThanOrEqual(what === 'band' ? 0.05 : 0.03);
        expect.soft(hueGap(shown.h, navy.h), `${part.id}: the ${what}'s hue (${fill})`).toBeLessThan(6);
      }
      // The band stands apart from the part's tint (3:1, a non-text contrast).
      const [tint, band] = [oklch(fills.part), oklch(fills.band)];
      expect.soft(tint.l - band.l, `${part.id}: band darker than the tint`).toBeGreaterThan(0.2);
    }
    // The themed box keeps its content off its edge (not on a phone, where
    // the wheel needs every pixel), and the phone's wheel shows words.
    const { margin, partTexts } = await kl.host.evaluate((el) => {
      const root = el.shadowRoot;
      const box = root.querySelector('.cw').getBoundingClientRect();
      const title = root.querySelector('.cw__title').getBoundingClientRect();
      const wheel = root.querySelector('.cw-wheel').getBoundingClientRect();
      return {
        margin: Math.min(title.left - box.left, title.top - box.top, wheel.left - box.left, box.right - wheel.right),
        partTexts: [...root.querySelectorAll('.cw-seg__label:not(.cw-seg__label--dimension)')].map((t) => t.textContent),
      };
    });
    if (width >= 640) expect.soft(margin, 'the inner margin').toBeGreaterThanOrEqual(12);
    expect.soft(partTexts.filter((t) => /^\d+\.\d+$/.test(t)), 'parts shown as numbers').toEqual([]);
    await expectNoAxeViolations(page);
  });
}

test('in the 700 px column: an inner margin in the themed box, part labels of 14 px or more, no target arc through a label', async ({ page }, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await houseNavy(page);
  // A target on every part, at each level in turn, so arcs cross the labels'
  // height at every radius.
  await page.addInitScript(([key, ids]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const ratings = Object.fromEntries(ids.map((id, i) => [id, { level: 1 + (i % 2), target: 1 + (i % 5), updated: 1 }]));
    localStorage.setItem(key, JSON.stringify({ format: 'competence-wheel-ratings', version: 1, wheel: 'kl-medarbejder', ratings }));
  }, [storageKey, parts.map((p) => p.id)]);
  await page.goto('/examples/intranet.html');
  const kl = new WheelPage(page, page.locator('#kl'));
  await kl.ready();
  await expect(kl.host.locator('.cw-seg__target')).toHaveCount(12);
  await page.locator('#kl').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('house-column-1440.png') });

  const measured = await kl.host.evaluate((el) => {
    const root = el.shadowRoot;
    const box = root.querySelector('.cw').getBoundingClientRect();
    const inner = ['.cw__title', '.cw-wheel', '.cw-toolbar', '.cw__body']
      .map((s) => root.querySelector(s))
      .filter(Boolean)
      .map((e) => e.getBoundingClientRect());
    const svg = root.querySelector('.cw-wheel');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const labels = [...root.querySelectorAll('.cw-seg__label:not(.cw-seg__label--dimension)')]
      .map((t) => Number(t.getAttribute('font-size')) * scale);
    return {
      widget: box.width,
      ownFont: parseFloat(getComputedStyle(el).fontSize),
      margins: inner.flatMap((r) => [r.left - box.left, box.right - r.right, r.top - box.top]),
      labels,
    };
  });
  // The content keeps off the themed box's edge (it touched it: 0 px).
  expect.soft(Math.min(...measured.margins), 'the inner margin').toBeGreaterThanOrEqual(12);
  // Part labels at least 14 px (in proportion to the reader's font size
  // where it is larger than 16 px; the page's own text size is not read, as
  // page CSS must not change the widget).
  expect(measured.widget).toBeGreaterThanOrEqual(640);
  expect(measured.labels).toHaveLength(12);
  expect.soft(Math.min(...measured.labels), 'the smallest part label, in px').toBeGreaterThanOrEqual(14 * Math.max(1, measured.ownFont / 16) - 0.01);

  // No dashed target arc runs through a label: points every 0.5 units along
  // each arc lie outside the label's text box (SVG user units).
  const crossings = await kl.host.evaluate((el) => {
    const root = el.shadowRoot;
    const found = [];
    for (const seg of root.querySelectorAll('.cw-seg--part')) {
      const target = seg.querySelector('.cw-seg__target');
      const label = root.querySelector(`[data-label-for="${seg.dataset.segment}"]`);
      if (!target || !label) continue;
      const box = label.getBBox();
      const length = target.getTotalLength();
      for (let at = 0; at <= length; at += 0.5) {
        const p = target.getPointAtLength(at);
        if (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height) {
          found.push(`${seg.dataset.segment} at (${p.x.toFixed(0)}, ${p.y.toFixed(0)})`);
          break;
        }
      }
    }
    return found;
  });
  expect.soft(crossings, 'target arcs through labels').toEqual([]);
});

test('the editor warns beside a colour whose parts would look like another dimension\'s', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/dist/editor.html');
  const editor = page.locator('competence-wheel');
  await editor.getByRole('button', { name: "KL's hjul på dansk" }).click();
  const first = editor.locator('#cwe-dimensions-0-color');
  const second = editor.locator('#cwe-dimensions-1-color');
  await first.fill(NAVY);
  await expect(editor.locator('#cwe-dimensions-0-color-advice')).not.toContainText('ligner');
  await second.fill('#3d4b8c');
  for (const [field, other] of [[first, 2], [second, 1]]) {
    // The warning is part of the field's description.
    const advice = editor.locator(`#${await field.getAttribute('aria-describedby').then((ids) => ids.split(' ').find((id) => id.endsWith('-advice')))}`);
    await expect(advice).toContainText(`ligner dimension ${other}s dele`);
  }
  // A colour of its own: no warning on either.
  await second.fill('#006d77');
  await expect(editor.locator('#cwe-dimensions-1-color-advice')).toHaveText('Tekst på denne farve kan læses (mindst 4,5:1).');
  await expect(editor.locator('#cwe-dimensions-0-color-advice')).not.toContainText('ligner');
  // Nearly black: its parts would be grey.
  await second.fill('#0a0a14');
  await expect(editor.locator('#cwe-dimensions-1-color-advice')).toContainText('så mørk, at dimensionens dele bliver næsten grå');
});
