// The trainer compares a group before and after a course. Five participants,
// each on their own phone (a browser context of its own: own storage, own
// share secret), rate all twelve parts by tapping and share anonymously;
// after the course they open the page again, rate anew where they moved,
// and share again. The trainer, by keys alone on dist/group.html, names the
// two sets, pastes each set's five codes, shows the group, opens a part on
// the wheel and downloads the table for a Danish Excel. Then one set shrinks
// to two codes (its figures are no longer shown, only its count), and then
// it is emptied (one set alone, the single group it always was).
//
// What the trainer must see: each set's name and count; for a part, both
// sets' figures and the change of the mean ("Før kurset 2,4 → Efter kurset
// 3,2 (+0,8)"); a CSV with both sets' columns, the change and the counts.
// axe finds nothing in each new state, in the light and the dark scheme and
// in forced colours.
import { readFileSync } from 'node:fs';
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, plain, rateByMouse, expectNoAxeViolations } from '../helpers.mjs';

test.describe.configure({ timeout: 300_000 });

// Before the course, five people's levels for the twelve parts.
const before = [
  [2, 4, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2],
  [2, 4, 2, 3, 2, 2, 1, 3, 2, 2, 2, 1],
  [2, 3, 1, 2, 3, 1, 2, 2, 3, 3, 1, 2],
  [3, 4, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2],
  [3, 5, 1, 3, 3, 2, 2, 3, 2, 2, 1, 3],
];
// After it: every other part one level up, the second one down, the rest
// as they were.
const after = before.map((levels) => levels.map((level, p) => {
  if (p === 1) return level - 1;
  return p % 2 === 0 ? Math.min(5, level + 1) : level;
}));

/** One participant on their phone: rates every part by tapping and reads
 *  the code off the screen; after the course, opens the page again (the
 *  same browser), changes what moved and reads the new code. */
async function participant(browser, then, now) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    const wheelPage = new WheelPage(page);
    const code = async () => {
      await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
      const shown = wheelPage.host.locator('.cw-share__code');
      await expect(shown).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      return (await shown.textContent()).trim();
    };
    await wheelPage.open('/');
    for (const [i, part] of parts.entries()) await rateByMouse(wheelPage, part, then[i]);
    const first = await code();
    await wheelPage.open('/');
    for (const [i, part] of parts.entries()) {
      if (now[i] !== then[i]) await rateByMouse(wheelPage, part, now[i]);
    }
    return [first, await code()];
  } finally {
    await context.close();
  }
}

/** Tenths as the widget rounds a mean (half up). */
const tenths = (value) => Math.floor(value * 10 + 0.5);
/** Danish one-decimal formatting, from tenths. */
const danish = (t) => `${Math.floor(Math.abs(t) / 10)},${Math.abs(t) % 10}`;
const mean = (levels) => levels.reduce((a, b) => a + b, 0) / levels.length;
/** Part `p`'s levels in a set. */
const column = (set, p) => set.map((levels) => levels[p]);
/** The change of part `p`'s mean, from the means as shown. */
const change = (p) => tenths(mean(column(after, p))) - tenths(mean(column(before, p)));
const signed = (t, minus, plus) => `${t < 0 ? minus : t > 0 ? plus : ''}${danish(t)}`;

/** Presses Tab (or Shift+Tab) until the widget's focused element matches
 *  `selector`, as a keyboard user moves; fails if it never comes. */
async function tabTo(page, selector, back = false) {
  const host = page.locator('competence-wheel');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const here = await host.evaluate((el, s) => el.shadowRoot.activeElement?.matches(s) ?? false, selector);
    if (here) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Axe in the light scheme, the dark one and forced colours. */
async function axeInEveryScheme(page) {
  for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { colorScheme: 'light', forcedColors: 'active' }]) {
    await page.emulateMedia(media);
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
}

/** The CSV's bytes, downloaded by Enter on the focused CSV button. */
async function downloadCsv(page) {
  await tabTo(page, '.cw-group__csv button');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const bytes = readFileSync(await download.path());
  expect.soft([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').split('\r\n');
}

test('a trainer compares two sets of five codes before and after a course, by keys alone', { tag: '@long' }, async ({ browser }, info) => {
  const codes = await Promise.all(before.map((then, i) => participant(browser, then, after[i])));
  const [first, second] = [codes.map((c) => c[0]), codes.map((c) => c[1])];
  // The same person's two codes cannot be paired: every code differs.
  expect.soft(new Set([...first, ...second]).size).toBe(10);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/dist/group.html');
  const host = page.locator('competence-wheel');
  await expect(host.locator('.cw-seg')).toHaveCount(16);
  await expect(host.locator('#cw-group-codes')).toBeVisible();

  // Two sets, named Før and Efter until the trainer names them.
  const nameOf = (set) => host.locator(`#cw-group-name-${set}`);
  await expect(nameOf(1)).toHaveValue('Før');
  await expect(nameOf(2)).toHaveValue('Efter');
  await expect(host.getByRole('group', { name: 'Sæt 2' })).toContainText('Valgfrit');
  await tabTo(page, '#cw-group-name-1');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Før kurset');
  await tabTo(page, '#cw-group-codes');
  await page.keyboard.insertText([first[3], first[0], first[4], first[1], first[2]].join('\n'));
  await tabTo(page, '#cw-group-name-2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Efter kurset');
  await tabTo(page, '#cw-group-codes-2');
  await page.keyboard.insertText([second[1], second[4], second[0], second[2], second[3]].join('\n'));
  await tabTo(page, '.cw-group__show');
  await page.keyboard.press('Enter');

  // Each set's name and count; nothing skipped, no warning.
  const counts = host.locator('.cw-group__count');
  await expect(counts).toHaveText(['Før kurset: 5 deltagere', 'Efter kurset: 5 deltagere']);
  await expect(host.locator('.cw-group__result .cw-notice')).toHaveCount(0);
  await expect(host.locator('.cw-group__rejected li')).toHaveCount(0);
  // The hub counts the first set.
  await expect(host.locator('.cw-wheel__hub-text tspan')).toHaveText(['5', 'deltagere']);
  // The wheel: the first set's mean as a band, the second's as a dotted
  // outline in every part someone rated, said in each part's name too; the
  // legend says what the outline is.
  await expect(host.locator('.cw-seg--part .cw-seg__level')).toHaveCount(12);
  await expect(host.locator('.cw-seg--part .cw-seg__compare')).toHaveCount(12);
  const level = (t) => (t % 10 === 0 ? `${t / 10}` : danish(t));
  for (const [p, part] of parts.entries()) {
    const levels = column(before, p).sort((a, b) => a - b);
    const said = `, gennemsnit ${danish(tenths(mean(levels)))}, spænd ${levels[0]}–${levels[4]}, 5 svar, `
      + `Efter kurset: niveau ${level(tenths(mean(column(after, p))))}`;
    const name = await host.locator(`[data-segment="${part.id}"]`).getAttribute('aria-label');
    expect.soft(name.startsWith(part.title) && name.endsWith(said), `${name} ends with ${said}`).toBe(true);
  }
  await expect(host.locator('.cw-legend')).toContainText('Den prikkede kant viser gennemsnittet for Efter kurset.');
  // Not a hairline on a projector: the outline as wide as the target arc
  // (3 px), over a halo; the legend's sample drawn at least as wide.
  const drawn = await host.evaluate((el) => {
    const px = (e) => parseFloat(getComputedStyle(e).strokeWidth);
    const sample = el.shadowRoot.querySelector('.cw-legend__compare');
    const svg = sample.ownerSVGElement;
    return {
      outline: px(el.shadowRoot.querySelector('.cw-seg--part .cw-seg__compare')),
      halos: el.shadowRoot.querySelectorAll('.cw-seg--part .cw-seg__compare-halo').length,
      sample: px(sample) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
    };
  });
  expect(drawn.outline, 'outline width in px').toBeGreaterThanOrEqual(3);
  expect(drawn.halos).toBe(12);
  expect(drawn.sample, 'legend sample width in px').toBeGreaterThanOrEqual(3);

  // The table: each set's answers and mean, and the change, per part.
  const rows = host.locator('.cw-group__table tbody tr');
  await expect(host.locator('.cw-group__table thead th')).toHaveText([
    'Del', 'Før kurset: Svar', 'Før kurset: Gennemsnit', 'Efter kurset: Svar', 'Efter kurset: Gennemsnit', 'Ændring i gennemsnit',
  ]);
  await expect(rows).toHaveCount(12);
  for (const [p, part] of parts.entries()) {
    await expect.soft(rows.nth(p).locator('th, td')).toHaveText([
      plain(part.part.title), '5', danish(tenths(mean(column(before, p)))), '5', danish(tenths(mean(column(after, p)))),
      signed(change(p), '\u2212', '+'),
    ]);
  }
  await page.screenshot({ path: info.outputPath('sets-shown.png'), fullPage: true });
  await axeInEveryScheme(page);

  // A part opened on the wheel, by keys: both figures and the change.
  const target = parts[0];
  await tabTo(page, '[data-segment]', true);
  for (let i = 0; i < 20; i++) {
    if (await host.evaluate((el) => el.shadowRoot.activeElement?.dataset.segment) === target.id) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(host.locator('#cw-panel-title')).toHaveText(target.title);
  const figures = (set) => {
    const levels = column(set, 0).sort((a, b) => a - b);
    return `gennemsnit ${danish(tenths(mean(levels)))}, spænd ${levels[0]}–${levels[4]}, 5 svar`;
  };
  const thenMean = danish(tenths(mean(column(before, 0))));
  const nowMean = danish(tenths(mean(column(after, 0))));
  await expect(host.locator('.cw-panel__group')).toHaveText([
    `Før kurset: ${figures(before)}`,
    `Efter kurset: ${figures(after)}`,
    `Ændring i gennemsnit: Før kurset ${thenMean} → Efter kurset ${nowMean} (${signed(change(0), '\u2212', '+')})`,
  ]);
  expect(change(0), 'the first part rose').toBeGreaterThan(0);
  await page.screenshot({ path: info.outputPath('sets-part.png') });
  await axeInEveryScheme(page);

  // The table for a Danish Excel: both sets' columns, the change, the counts.
  let lines = await downloadCsv(page);
  const levelHeads = [1, 2, 3, 4, 5].map((l) => `Niveau ${l}`);
  const heads = (name) => ['Svar', 'Gennemsnit', 'Median', 'Laveste', 'Højeste', ...levelHeads].map((h) => `${name}: ${h}`);
  expect.soft(lines[0]).toBe(['Dimension', 'Del', ...heads('Før kurset'), ...heads('Efter kurset'), 'Ændring i gennemsnit'].join(';'));
  const fields = (set, p) => {
    const levels = column(set, p).sort((a, b) => a - b);
    const counts = [1, 2, 3, 4, 5].map((l) => levels.filter((x) => x === l).length);
    return [5, danish(tenths(mean(levels))), danish(levels[2] * 10), levels[0], levels[4], ...counts];
  };
  for (const [p, part] of parts.entries()) {
    expect.soft(lines[p + 1], part.id).toBe([
      plain(part.dimension.title), plain(part.part.title), ...fields(before, p), ...fields(after, p), signed(change(p), '-', ''),
    ].join(';'));
  }
  expect.soft(lines[13]).toBe(['Deltagere', '', 5, ...Array(9).fill(''), 5, ...Array(9).fill(''), ''].join(';'));
  expect.soft(lines.slice(14)).toEqual(['']);
  for (const line of lines.slice(0, 14)) expect.soft(line.split(';')).toHaveLength(23);

  // The second set shrinks to two codes: its figures are not shown (two
  // people could be singled out), only its count.
  await tabTo(page, '#cw-group-codes-2', true);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText([second[0], second[1]].join('\n'));
  await tabTo(page, '.cw-group__show');
  await page.keyboard.press('Enter');
  await expect(counts).toHaveText(['Før kurset: 5 deltagere', 'Efter kurset: 2 deltagere']);
  await expect(host.locator('.cw-group__result .cw-notice')).toHaveText(
    'Efter kurset: færre end 3, så tallene for dette sæt vises ikke (ingen skal kunne genkendes)');
  await expect(host.locator('.cw-panel__group')).toHaveText([
    `Før kurset: ${figures(before)}`,
    'Efter kurset: 2 deltagere, færre end 3, så tallene for dette sæt vises ikke (ingen skal kunne genkendes)',
  ]);
  await expect(rows.first().locator('th, td')).toHaveText([plain(target.part.title), '5', thenMean, '–', '–', '–']);
  // Nothing of the small set on the wheel.
  await expect(host.locator('.cw-seg__compare')).toHaveCount(0);
  await expect(host.locator(`[data-segment="${target.id}"]`)).toHaveAttribute('aria-label', /5 svar$/);
  await expect(host.locator('.cw-legend')).not.toContainText('prikkede');
  await page.screenshot({ path: info.outputPath('sets-too-few.png'), fullPage: true });
  await axeInEveryScheme(page);
  lines = await downloadCsv(page);
  expect.soft(lines[1]).toBe([plain(target.dimension.title), plain(target.part.title), ...fields(before, 0), ...Array(10).fill(''), ''].join(';'));
  expect.soft(lines[13]).toBe(['Deltagere', '', 5, ...Array(9).fill(''), 2, ...Array(9).fill(''), ''].join(';'));

  // The names and codes are kept in the browser: after a reload both sets
  // are there, as the trainer left them.
  await page.reload();
  await expect(nameOf(1)).toHaveValue('Før kurset');
  await expect(nameOf(2)).toHaveValue('Efter kurset');
  await expect(counts).toHaveText(['Før kurset: 5 deltagere', 'Efter kurset: 2 deltagere']);

  // The second set emptied: one set alone, the single group as always.
  await tabTo(page, '#cw-group-codes-2');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await tabTo(page, '.cw-group__show');
  await page.keyboard.press('Enter');
  await expect(host.locator('.cw-group__participants')).toHaveText('5 deltagere');
  await expect(counts).toHaveCount(0);
  await expect(host.locator('.cw-group__table thead th')).toHaveText(['Del', 'Svar', 'Gennemsnit', 'Median', ...levelHeads]);
  lines = await downloadCsv(page);
  expect.soft(lines[0]).toBe(['Dimension', 'Del', 'Svar', 'Gennemsnit', 'Median', 'Laveste', 'Højeste', ...levelHeads].join(';'));
  expect.soft(lines.length, 'a header, 12 parts and the final line break').toBe(14);
  await axeInEveryScheme(page);
  await context.close();
});
