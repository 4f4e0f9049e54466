// An employee before this year's development talk and next year's: all 12
// parts rated with a target and four long notes (the worst case on paper),
// *Gem øjebliksbillede*, then a year later (the page's clock moved on) rates
// again. The wheel shows then → now as a dotted outline in each part and
// says it in the part's name; the profile shows "1 → 3" per part, what rose
// most and what fell, and the snapshot's name and date; the print stays one
// A4 page. Renaming, comparing with nothing and deleting work from the
// keyboard-reachable list. Saving again right after the new rating keeps
// comparing with last year (the snapshot just saved equals now, so it would
// show nothing moved). *Slet* asks first, by keyboard: focus on *Fortryd*,
// Escape answers no; deleting says so and puts focus on the list's heading.
// axe finds nothing in light, dark and forced colours. The PDFs and screenshots go to target/playwright/.
import { writeFile } from 'node:fs/promises';
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, storageKey, stored, expectNoAxeViolations } from '../helpers.mjs';

test.describe.configure({ timeout: 180_000 });

/** A note as a person writes it, cut to exactly `length` characters. */
function note(length) {
  const sentence = 'Jeg vil blive bedre til at dele filer sikkert med kolleger og borgere, og til at bruge Teams-møder med skærmdeling. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length).trimEnd().padEnd(length, '.');
}

const four = [parts[0], parts[4], parts[7], parts[11]];
// Last year: levels 1–4 around the wheel, each target one or two above.
const before = parts.map((_, i) => (i % 4) + 1);
const targets = parts.map((_, i) => Math.min(5, before[i] + 1 + (i % 2)));
// This year: part 0 rose 1 → 3, part 1 rose 2 → 5, part 2 fell 3 → 2.
const after = before.map((level, i) => ({ 0: 3, 1: 5, 2: 2 })[i] ?? level);

const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Rates `levels` on every part with its target, and notes on four, by mouse. */
async function rate(wheel, levels, withNotes) {
  for (const [i, part] of parts.entries()) {
    await wheel.segment(part.id).click();
    await wheel.host.locator(`#cw-level-${levels[i]}`).check();
    await wheel.host.locator(`#cw-target-${targets[i]}`).check();
    if (withNotes && four.includes(part)) {
      await wheel.host.locator('#cw-note').fill(note(300));
      await wheel.host.locator('#cw-note').blur();
    }
  }
}

const lastYear = new Date('2026-12-07T10:00:00');
const thisYear = new Date('2027-12-06T09:30:00');

test('saved before one talk, rated again a year later: then → now on the wheel, in the profile and on one printed page', async ({ page }, info) => {
  await page.clock.setFixedTime(lastYear);
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheel = new WheelPage(page);
  await wheel.open();
  await rate(wheel, before, true);
  // Nothing to compare with yet: no outline, no "før" in a name.
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(0);
  await expect(wheel.segment(parts[0].id)).toHaveAttribute('aria-label', /niveau 1 af 5$/);

  await wheel.host.getByRole('button', { name: 'Gem øjebliksbillede' }).click();
  const saved = wheel.host.locator('.cw-toolbar__result .cw-notice__text');
  await expect(saved).toHaveText(
    '✓Udført: Øjebliksbilledet er gemt med 12 niveauer og 12 mål (noter kommer ikke med). Det hedder «2026-12-07», og du kan omdøbe det under profilen.',
  );
  // Stored as version 2: levels and targets, never the notes.
  const document = await stored(page);
  expect(document.version).toBe(2);
  expect(document.snapshots).toHaveLength(1);
  const [snapshot] = document.snapshots;
  expect(snapshot).toMatchObject({ label: '2026-12-07', taken: lastYear.getTime() });
  expect(snapshot.ratings[parts[0].id]).toEqual({ level: 1, target: targets[0] });
  expect(JSON.stringify(snapshot)).not.toContain('note');
  expect(Object.values(document.ratings).filter((r) => r.note)).toHaveLength(4);

  // A year later, a new visit.
  await page.clock.setFixedTime(thisYear);
  await wheel.open();
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(12);
  await rate(wheel, after, false);
  // Saved again at once: the comparison stays with last year.
  await wheel.host.getByRole('button', { name: 'Gem øjebliksbillede' }).click();
  await expect(saved).toContainText('Det hedder «2027-12-06»');
  expect((await stored(page)).snapshots).toHaveLength(2);
  const name = (i) => wheel.segment(parts[i].id);
  await expect(name(0)).toHaveAttribute('aria-label', /, niveau 3 af 5, før: niveau 1$/);
  await expect(name(1)).toHaveAttribute('aria-label', /, niveau 5 af 5, før: niveau 2$/);
  await expect(name(2)).toHaveAttribute('aria-label', /, niveau 2 af 5, før: niveau 3$/);
  // The outline is drawn dotted in the part's ink, with no fill: it reads
  // without colour.
  const outline = await name(0).locator('.cw-seg__compare').evaluate((path) => {
    const style = getComputedStyle(path);
    return { fill: style.fill, dashes: style.strokeDasharray, stroke: style.stroke };
  });
  expect(outline.fill).toBe('none');
  expect(outline.dashes).not.toBe('none');
  expect(outline.stroke).not.toBe('none');
  // As wide as the target's dashed arc (a hairline is lost on a projector),
  // over a solid halo so the dots read on any fill.
  const widths = await name(0).evaluate((part) => ['.cw-seg__compare', '.cw-seg__target', '.cw-seg__compare-halo']
    .map((s) => parseFloat(getComputedStyle(part.querySelector(s)).strokeWidth)));
  expect(widths[0], 'the outline is as wide as the target arc').toBeGreaterThanOrEqual(Math.max(widths[1], 3));
  expect(widths[2], 'the halo is wider than the dots').toBeGreaterThan(widths[0]);

  // The profile: the snapshot's name and date, then → now, what moved.
  await wheel.host.getByRole('button', { name: 'Vis din profil' }).click();
  const profile = wheel.host.locator('#cw-profile');
  const compared = profile.locator('.cw-profile__compared-with');
  await expect(compared).toHaveText('Sammenlignet med øjebliksbilledet fra 2026-12-07: «2026-12-07»');
  // The key says what the dotted outline is, with a sample drawn like it.
  const compareKey = profile.locator('.cw-profile__compare-key');
  await expect(compareKey).toHaveText('Prikket kant: før');
  await expect(compareKey).toBeVisible();
  await expect(compareKey.locator('.cw-profile__mark-compare')).toHaveCount(1);
  // Rename it: the name field and *Gem navnet*.
  const field = profile.getByRole('textbox', { name: 'Navn på øjebliksbilledet fra 2026-12-07' });
  // An empty name is refused in words at the field; the old name stays.
  await field.fill('   ');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Skriv et navn. Øjebliksbilledet beholder sit navn, til du gemmer et nyt.');
  await expect(field).toBeFocused();
  await expect(compared).toHaveText('Sammenlignet med øjebliksbilledet fra 2026-12-07: «2026-12-07»');
  await expectNoAxeViolations(page);
  await field.fill('Før MUS 2027');
  await field.press('Enter');
  await expect(compared).toHaveText('Sammenlignet med øjebliksbilledet fra 2026-12-07: «Før MUS 2027»');
  expect((await stored(page)).snapshots[0].label).toBe('Før MUS 2027');
  await expect(field, 'a saved name clears the refusal').not.toHaveAttribute('aria-invalid');
  await expect(profile.locator('.cw-snapshots__error')).toHaveCount(0);
  const row = (i) => profile.getByRole('row', { name: new RegExp(`^${parts[i].title}`) });
  // Drawn "1 → 3"; read "før 1, nu 3".
  const level = (i) => row(i).locator('td').first();
  const drawn = (i) => level(i).evaluate((cell) => [...cell.querySelectorAll('.cw-profile__then [aria-hidden], .cw-profile__level')].map((e) => e.textContent).join(''));
  expect(await drawn(0)).toBe('1 → 3');
  expect(await drawn(3)).toBe('4 → 4');
  await expect(level(0).locator('.cw-profile__then .cw-visually-hidden')).toHaveText('før 1, nu ');
  const moved = profile.getByRole('group', { name: 'Det har flyttet sig' });
  const rose = moved.locator('.cw-profile__moved-group').filter({ hasText: 'Steget mest' }).locator('li');
  await expect(rose).toHaveText([
    `${parts[1].title}: 2 → 5før 2, nu 5`,
    `${parts[0].title}: 1 → 3før 1, nu 3`,
  ]);
  const fell = moved.locator('.cw-profile__moved-group').filter({ hasText: 'Faldet' }).locator('li');
  await expect(fell).toHaveText([`${parts[2].title}: 3 → 2før 3, nu 2`]);
  await profile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('snapshot-profile.png'), fullPage: true });

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  const forced = await name(0).locator('.cw-seg__compare').evaluate((path) => getComputedStyle(path).strokeDasharray);
  expect(forced, 'still dotted in forced colours').not.toBe('none');
  // Dots in CanvasText over a halo in Canvas: they read on the forced fills.
  const inks = await name(0).evaluate((part) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (c) => { probe.style.color = c; return getComputedStyle(probe).color; };
    const result = {
      canvasText: system('CanvasText'),
      canvas: system('Canvas'),
      dots: getComputedStyle(part.querySelector('.cw-seg__compare')).stroke,
      halo: part.querySelector('.cw-seg__compare-halo') && getComputedStyle(part.querySelector('.cw-seg__compare-halo')).stroke,
    };
    probe.remove();
    return result;
  });
  expect(inks.dots, 'the dots in CanvasText').toBe(inks.canvasText);
  expect(inks.halo, 'a halo in Canvas under them').toBe(inks.canvas);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ forcedColors: 'none' });

  // On paper: one A4 page, with then → now and the outlines.
  await page.emulateMedia({ media: 'print' });
  await expect(profile.locator('.cw-profile__compared')).toBeVisible();
  await expect(profile.locator('.cw-snapshots')).toBeHidden();
  const printedKey = profile.locator('.cw-profile__mark--compare');
  await expect(printedKey, 'the printed key explains the outline').toBeVisible();
  await expect(printedKey).toHaveText('Prikket kant: før');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await writeFile(info.outputPath('snapshot-print.pdf'), pdf);
  expect(pageCount(pdf)).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // No comparison: the outlines and "før" go, the profile shows now alone.
  await profile.getByRole('combobox', { name: 'Sammenlign med' }).selectOption({ label: 'Ingen sammenligning' });
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(0);
  await expect(name(0)).toHaveAttribute('aria-label', /, niveau 3 af 5$/);
  await expect(profile.locator('.cw-profile__compared')).toHaveCount(0);
  await expect(profile.locator('.cw-profile__then')).toHaveCount(0);
  await expect(compareKey, 'no outline, no key item for it').toHaveCount(0);
  await expect(profile.locator('.cw-profile__mark--compare')).toHaveCount(0);
  await profile.getByRole('combobox', { name: 'Sammenlign med' }).selectOption({ label: 'Før MUS 2027 (2026-12-07)' });
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(12);

  // Delete it, by keyboard: *Slet* asks first, with focus on the harmless
  // answer; Escape answers no and gives focus back to *Slet*.
  const slet = profile.getByRole('button', { name: 'Slet Før MUS 2027 (2026-12-07)' });
  const question = profile.getByRole('group', { name: 'Vil du slette øjebliksbilledet «Før MUS 2027»?' });
  const fortryd = question.getByRole('button', { name: 'Fortryd' });
  await slet.focus();
  await page.keyboard.press('Enter');
  await expect(fortryd).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(slet).toBeFocused();
  expect((await stored(page)).snapshots).toHaveLength(2);
  await page.keyboard.press('Enter');
  await expect(fortryd).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(slet).toBeFocused();
  await expect(profile.getByRole('button', { name: /^Slet / })).toHaveCount(2);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Ja, slet det' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Said, and focus on the list's heading (not dropped to the page).
  const status = profile.locator('.cw-snapshots [role="status"]');
  await expect(status).toHaveText('Øjebliksbilledet «Før MUS 2027» er slettet.');
  await expect(profile.getByRole('heading', { name: 'Øjebliksbilleder' })).toBeFocused();
  await expect(profile.getByRole('button', { name: /^Slet / })).toHaveCount(1);
  await expect(compared).toHaveText('Sammenlignet med øjebliksbilledet fra 2027-12-06: «2027-12-06»');
  await expectNoAxeViolations(page);
  // The last one too: the wheel and the profile compare with nothing; the
  // heading and the message stay where focus went.
  await profile.getByRole('button', { name: 'Slet 2027-12-06 (2027-12-06)' }).click();
  await profile.getByRole('button', { name: 'Ja, slet det' }).click();
  await expect(status).toHaveText('Øjebliksbilledet «2027-12-06» er slettet.');
  await expect(profile.getByRole('heading', { name: 'Øjebliksbilleder' })).toBeFocused();
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(0);
  await expect(profile.locator('.cw-profile__compared')).toHaveCount(0);
  await expect(profile.getByRole('combobox', { name: 'Sammenlign med' })).toHaveCount(0);
  // Storage keeps only tombstones, so another tab's older copy cannot bring
  // them back.
  const { snapshots } = await stored(page);
  expect(snapshots).toEqual([
    { taken: lastYear.getTime(), edited: expect.any(Number), deleted: true },
    { taken: thisYear.getTime(), edited: expect.any(Number), deleted: true },
  ]);
  // Later than the rename made at the same (fixed) moment.
  expect(snapshots[0].edited).toBeGreaterThan(thisYear.getTime());
});

test('a snapshot saved in one tab reaches the other, and a file carries it', async ({ page, context }, info) => {
  await page.clock.setFixedTime(lastYear);
  const wheel = new WheelPage(page);
  await wheel.open();
  const other = await context.newPage();
  await other.clock.setFixedTime(lastYear);
  const otherWheel = new WheelPage(other);
  await otherWheel.open();
  await wheel.segment(parts[0].id).click();
  await wheel.host.locator('#cw-level-2').check();
  await wheel.host.getByRole('button', { name: 'Gem øjebliksbillede' }).click();
  // The other tab hears of it, and compares with it.
  await expect(otherWheel.host.locator('.cw-seg__compare')).toHaveCount(1);
  await expect(otherWheel.segment(parts[0].id)).toHaveAttribute('aria-label', /, niveau 2 af 5, før: niveau 2$/);
  // *Gem som fil* writes the snapshot; *Hent fra fil* in a fresh browser reads it.
  const download = page.waitForEvent('download');
  await wheel.host.getByRole('button', { name: 'Gem som fil' }).click();
  const file = info.outputPath('with-snapshot.json');
  await (await download).saveAs(file);
  await page.evaluate((k) => localStorage.removeItem(k), storageKey);
  await other.close();
  await wheel.open();
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await wheel.host.getByRole('button', { name: 'Hent fra fil' }).click();
  await (await chooser).setFiles(file);
  await expect(wheel.host.locator('.cw-seg__compare')).toHaveCount(1);
  expect((await stored(page)).snapshots).toHaveLength(1);
});
