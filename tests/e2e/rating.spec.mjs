// Rating oneself: levels, targets and notes, kept in the browser.
import { test, expect } from './helpers.mjs';
import { WheelPage, parts, segments, stored, storageKey, rateByMouse, expectNoAxeViolations } from './helpers.mjs';

test('a rating shows on the wheel, in the hub and in the name, and survives a reload', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await expect(wheel.host.locator('.cw-wheel__hub-text')).toContainText('0/12');
  const part = parts[1];
  await rateByMouse(wheel, part, 3, 5);
  await expect(wheel.segment(part.id).locator('.cw-seg__level')).toHaveCount(1);
  await expect(wheel.segment(part.id).locator('.cw-seg__target')).toHaveCount(1);
  // The name adds the short label the wide demo's wheel shows ("Data").
  await expect(wheel.segment(part.id)).toHaveAttribute('aria-label', `${part.title}, Data, niveau 3 af 5`);
  await expect(wheel.host.locator('.cw-wheel__hub-text')).toContainText('1/12');
  // The last choice (the target) is announced, and that it was saved.
  await expect(wheel.host.locator('[role="status"].cw__live')).toHaveText(`${part.title}, mål: Niveau 5 – Jeg kan lære andre. Gemt.`);
  await wheel.host.locator('#cw-note').fill('Øv pivottabeller');

  const document = await stored(page);
  expect(document.version).toBe(1);
  expect(document.wheel).toBe('kl-medarbejder');
  expect(document.ratings[part.id]).toMatchObject({ level: 3, target: 5, note: 'Øv pivottabeller' });

  await page.reload();
  await wheel.ready();
  await expect(wheel.segment(part.id).locator('.cw-seg__level')).toHaveCount(1);
  // The hash kept the part open across the reload.
  await wheel.expectPanel(part);
  await expect(wheel.host.locator('#cw-level-3')).toBeChecked();
  await expect(wheel.host.locator('#cw-target-5')).toBeChecked();
  await expect(wheel.host.locator('#cw-note')).toHaveValue('Øv pivottabeller');
  // Back to "not rated": the band goes, the rest stays.
  await wheel.host.locator('#cw-level-0').check();
  await expect(wheel.segment(part.id).locator('.cw-seg__level')).toHaveCount(0);
  expect((await stored(page)).ratings[part.id]).toMatchObject({ target: 5, note: 'Øv pivottabeller' });
});

test('all 12 parts can be rated with the keyboard alone', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  for (const [index, part] of parts.entries()) {
    while ((await wheel.focusedSegment()) !== part.id) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    await wheel.expectPanel(part);
    // Back link, "Luk", then the level group (on "not rated").
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(wheel.host.locator('#cw-level-0')).toBeFocused();
    const level = (index % 5) + 1;
    for (let i = 0; i < level; i++) await page.keyboard.press('ArrowDown');
    await expect(wheel.host.locator(`#cw-level-${level}`)).toBeChecked();
    await page.keyboard.press('Escape');
    expect(await wheel.focusedSegment()).toBe(part.id);
  }
  const document = await stored(page);
  expect(parts.map((p) => document.ratings[p.id].level)).toEqual(parts.map((_, i) => (i % 5) + 1));
  await expect(wheel.host.locator('.cw-wheel__hub-text')).toContainText('12/12');
});

test('ratings for parts this wheel lacks are kept when the wheel writes', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify({
        format: 'competence-wheel-ratings', version: 1, wheel: 'kl-medarbejder',
        ratings: { 'a-retired-part': { level: 4, updated: 1 }, innovation: { level: 2, updated: 1 } },
      }));
    }
  }, storageKey);
  const wheel = new WheelPage(page);
  await wheel.open();
  await expect(wheel.segment('innovation').locator('.cw-seg__level')).toHaveCount(1);
  await rateByMouse(wheel, parts[0], 5);
  const document = await stored(page);
  expect(document.ratings['a-retired-part'].level).toBe(4);
  expect(document.ratings.innovation.level).toBe(2);
  expect(document.ratings[parts[0].id].level).toBe(5);
});

test('a corrupt stored value: a calm notice, a backup key, and a working widget', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"version": 1, "ratings": {oops');
    }
  }, storageKey);
  const wheel = new WheelPage(page);
  await wheel.open();
  const notice = wheel.host.locator('.cw-notice');
  await expect(notice).toContainText('kunne ikke læses');
  await expect(notice).toContainText(`${storageKey}:unreadable`);
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), storageKey)).toBe('{"version": 1, "ratings": {oops');
  await rateByMouse(wheel, parts[2], 2);
  expect((await stored(page)).ratings[parts[2].id].level).toBe(2);
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a value from a newer version stays under its key, untouched by rating here', async ({ page }) => {
  const future = JSON.stringify({ version: 7, wheel: 'kl-medarbejder', ratings: {} });
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    }
  }, [storageKey, future]);
  const wheel = new WheelPage(page);
  await wheel.open();
  await expect(wheel.host.locator('.cw-notice')).toContainText('nyere udgave');
  await expect(wheel.host.locator('.cw-notice')).toContainText('gemmes ikke');
  await rateByMouse(wheel, parts[0], 3);
  await expect(wheel.segment(parts[0].id).locator('.cw-seg__level')).toHaveCount(1);
  // Written nowhere: the newer widget finds its document as it left it.
  expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBe(future);
  await page.reload();
  await expect(wheel.host.locator('.cw-notice')).toContainText('nyere udgave');
  expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBe(future);
});

test('blocked storage: everything works in memory, and a notice says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const wheel = new WheelPage(page);
  await wheel.open();
  const notice = wheel.host.locator('.cw-notice');
  await expect(notice).toContainText('forsvinder, når du lukker siden');
  await expect(notice.getByRole('button')).toHaveCount(0);
  await rateByMouse(wheel, parts[0], 4);
  await expect(wheel.segment(parts[0].id).locator('.cw-seg__level')).toHaveCount(1);
  await expect(wheel.host.locator('.cw-wheel__hub-text')).toContainText('1/12');
  expect(errors).toEqual([]);
});

test('a failing write (storage full) keeps the rating and says it is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const wheel = new WheelPage(page);
  await wheel.open();
  await expect(wheel.host.locator('.cw-notice')).toHaveCount(0);
  await rateByMouse(wheel, parts[0], 4);
  await expect(wheel.host.locator('.cw-notice')).toContainText('kunne ikke gemmes');
  // Where the person acted, too: no "Gemt" that is not true.
  await expect(wheel.host.locator('.cw-rating__group--level .cw-rating__saved')).toHaveText('!Ikke gemt');
  await expect(wheel.host.locator('.cw__live')).toHaveText(`${parts[0].title}: Niveau 4 – Jeg kan det sikkert, også i nye situationer. Ikke gemt i browseren.`);
  await rateByMouse(wheel, parts[1], 2);
  await expect(wheel.segment(parts[0].id).locator('.cw-seg__level')).toHaveCount(1);
  await expect(wheel.segment(parts[1].id).locator('.cw-seg__level')).toHaveCount(1);
});

test('two tabs stay in step, part by part', async ({ context }) => {
  const first = new WheelPage(await context.newPage());
  const second = new WheelPage(await context.newPage());
  await first.open();
  await second.open();
  await rateByMouse(first, parts[0], 2);
  await expect(second.segment(parts[0].id).locator('.cw-seg__level')).toHaveCount(1);
  await rateByMouse(second, parts[5], 4);
  await expect(first.segment(parts[5].id).locator('.cw-seg__level')).toHaveCount(1);
  // Neither tab lost the other's part.
  const document = await stored(first.page);
  expect(document.ratings[parts[0].id].level).toBe(2);
  expect(document.ratings[parts[5].id].level).toBe(4);
  // The second tab shows the first tab's rating when it opens the part.
  await second.segment(parts[0].id).click();
  await expect(second.host.locator('#cw-level-2')).toBeChecked();
});

test('two widgets on one page share their ratings', async ({ page }) => {
  await page.goto('/examples/two-widgets.html');
  const first = new WheelPage(page, page.locator('#first'));
  const second = new WheelPage(page, page.locator('#second'));
  await first.ready();
  await second.ready();
  await rateByMouse(first, parts[3], 5);
  await expect(second.segment(parts[3].id).locator('.cw-seg__level')).toHaveCount(1);
  await expect(second.host.locator('.cw-wheel__hub-text')).toContainText('1/12');
});

test('export, then import into a fresh browser', async ({ page, browser }, info) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 4, 5);
  await rateByMouse(wheel, parts[8], 1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wheel.host.getByRole('button', { name: 'Gem som fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kompetencehjul-kl-medarbejder-\d{4}-\d{2}-\d{2}\.json$/);
  const file = info.outputPath('export.json');
  await download.saveAs(file);

  const fresh = await browser.newContext();
  const other = new WheelPage(await fresh.newPage());
  await other.open();
  await other.host.locator('input[type="file"]').setInputFiles(file);
  await expect(other.host.locator('.cw-notice')).toContainText('2 vurderinger er hentet');
  await expect(other.segment(parts[0].id).locator('.cw-seg__level')).toHaveCount(1);
  await expect(other.segment(parts[8].id).locator('.cw-seg__level')).toHaveCount(1);
  expect((await stored(other.page)).ratings[parts[0].id]).toMatchObject({ level: 4, target: 5 });
  await fresh.close();
});

for (const [name, content, message] of [
  ['broken.json', '{ "version": 1, ', 'ikke en gyldig JSON-fil'],
  ['other.json', JSON.stringify({ version: 1, wheel: 'another-wheel', ratings: { x: { level: 2 } } }), 'et andet hjul'],
  ['list.json', '[1, 2, 3]', 'indeholder ikke vurderinger'],
]) {
  test(`importing ${name} changes nothing and says why`, async ({ page }) => {
    const wheel = new WheelPage(page);
    await wheel.open();
    await rateByMouse(wheel, parts[0], 3);
    const before = await stored(page);
    await wheel.host.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(wheel.host.locator('.cw-notice')).toContainText(message);
    await expect(wheel.host.locator('.cw-notice')).toContainText('Intet er ændret');
    expect(await stored(page)).toEqual(before);
  });
}

test('while rating, Forrige and Næste go from part to part', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.segment(parts[2].id).click();
  const next = wheel.panel.locator('.cw-panel__step--next');
  await expect(next).toContainText(parts[3].title);
  await next.click();
  await wheel.expectPanel(parts[3]);
  // Focus is on the new part's chosen level ("Ikke vurderet" while none is).
  expect(await wheel.host.evaluate((el) => el.shadowRoot.activeElement?.id)).toBe('cw-level-0');
  await wheel.panel.locator('.cw-panel__step--previous').click();
  await wheel.expectPanel(parts[2]);
  await wheel.panel.locator('.cw-panel__step--previous').click();
  await wheel.panel.locator('.cw-panel__step--previous').click();
  // The first part: no Forrige (rating does not wrap round).
  await wheel.expectPanel(parts[0]);
  await expect(wheel.panel.locator('.cw-panel__step--previous')).toHaveCount(0);
  // The last part: Næste is the way to the profile.
  await wheel.segment(parts.at(-1).id).click();
  await expect(next).toHaveText('Se din profil');
  await next.click();
  await expect(wheel.host.locator('#cw-profile')).toBeVisible();
  await expect(wheel.host.getByRole('button', { name: 'Skjul din profil' })).toHaveAttribute('aria-expanded', 'true');
});

test('a file with no rating for this wheel is refused, and says so', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 3);
  const before = await stored(page);
  for (const content of ['{"hello":1}', JSON.stringify({ version: 1, wheel: 'kl-medarbejder', ratings: { 'not-a-part': { level: 2 } } })]) {
    await wheel.host.locator('input[type="file"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const notice = wheel.host.locator('.cw-toolbar .cw-notice');
    await expect(notice).toHaveText(/Filen kunne ikke hentes: Den indeholder ingen vurderinger af delene i dette hjul\. Intet er ændret\./);
    // A problem says so in words, and the announcement ends with the message,
    // not with the button's "OK".
    await expect(notice).toHaveClass(/cw-notice--warning/);
    await expect(notice.getByRole('status')).toHaveText(/^!Bemærk: Filen kunne ikke hentes: .* Intet er ændret\.$/);
    expect(await stored(page)).toEqual(before);
  }
  const failure = await wheel.host.locator('.cw-toolbar .cw-notice').evaluate((n) => getComputedStyle(n).borderInlineStartWidth);
  // A file with one rating says so in the singular, and looks like a success.
  await wheel.host.locator('input[type="file"]').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from('{"innovation": 4, "hello": 1}') });
  const success = wheel.host.locator('.cw-toolbar .cw-notice');
  await expect(success).toContainText('1 vurdering er hentet fra filen.');
  await expect(success).toHaveClass(/cw-notice--success/);
  await expect(success.getByRole('status')).toHaveText('✓Udført: 1 vurdering er hentet fra filen.');
  expect(await success.evaluate((n) => getComputedStyle(n).borderInlineStartWidth)).not.toBe(failure);
  await success.screenshot({ path: test.info().outputPath('import-success.png') });
  await expectNoAxeViolations(page);
  // Asking to reset clears the old file's message, which would read as if it
  // were about the reset.
  await wheel.host.getByRole('button', { name: 'Nulstil' }).click();
  await expect(wheel.host.locator('.cw-toolbar__confirm')).toBeVisible();
  await expect(wheel.host.locator('.cw-toolbar .cw-notice')).toHaveCount(0);
});

test('reset asks first, then clears everything', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 3);
  await rateByMouse(wheel, parts[1], 4);
  await wheel.host.getByRole('button', { name: 'Nulstil' }).click();
  // Focus on the harmless answer: a second Enter keeps everything.
  await expect(wheel.host.getByRole('button', { name: 'Fortryd' })).toBeFocused();
  await wheel.host.getByRole('button', { name: 'Fortryd' }).click();
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(2);
  // Escape answers no, too.
  await wheel.host.getByRole('button', { name: 'Nulstil' }).click();
  await page.keyboard.press('Escape');
  await expect(wheel.host.getByRole('button', { name: 'Ja, slet alt' })).toHaveCount(0);
  await expect(wheel.host.getByRole('button', { name: 'Nulstil' })).toBeFocused();
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(2);
  await wheel.host.getByRole('button', { name: 'Nulstil' }).click();
  await wheel.host.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(0);
  await expect(wheel.host.getByRole('button', { name: 'Nulstil' })).toBeFocused();
  const document = await stored(page);
  expect(Object.values(document.ratings).every((r) => r.level === undefined)).toBe(true);
});

test('the profile lists levels, strengths and parts to develop', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 5);
  await rateByMouse(wheel, parts[1], 2, 5);
  await rateByMouse(wheel, parts[2], 4);
  await wheel.host.locator('#cw-note').fill('Tag kurset i informationssikkerhed');
  const toggle = wheel.host.getByRole('button', { name: 'Vis din profil' });
  await toggle.click();
  const profile = wheel.host.locator('#cw-profile');
  await expect(profile).toBeVisible();
  await expect(wheel.host.getByRole('button', { name: 'Skjul din profil' })).toHaveAttribute('aria-expanded', 'true');
  await expect(profile.locator('.cw-profile__summary')).toContainText('3 af 12 vurderet');
  await expect(profile.locator('.cw-profile__summary')).toContainText('3,7');
  const strengths = profile.locator('.cw-profile__highlight').first().locator('li');
  // Above the person's own middle (11/3) only; the level-2 part is not a strength.
  await expect(strengths).toHaveText([`${parts[0].title} (5)`, `${parts[2].title} (4)`]);
  const develop = profile.locator('.cw-profile__develop-title');
  await expect(develop).toHaveText([parts[1].title]);
  await expect(profile.locator('.cw-profile__examples').first().locator('li')).toHaveText(parts[1].part.examples);
  await expect(profile.locator('.cw-profile__note').nth(2).locator('.cw-profile__value')).toHaveText('Tag kurset i informationssikkerhed');
  // Every dimension's table has the same columns, in the same order and place.
  const headers = await profile.locator('.cw-profile__table thead tr').evaluateAll((rows) =>
    rows.map((row) => [...row.cells].map((cell) => `${cell.textContent}@${Math.round(cell.getBoundingClientRect().left)}`)));
  expect(headers).toHaveLength(4);
  expect(new Set(headers.map((h) => h.join('|'))).size).toBe(1);
  await expectNoAxeViolations(page);
});

test('printing shows the wheel, the table and the notes on one A4 page', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const wheel = new WheelPage(page);
  await wheel.open();
  for (const [i, part] of parts.entries()) {
    await rateByMouse(wheel, part, (i % 5) + 1, i % 3 === 0 ? 5 : undefined);
  }
  await wheel.host.locator('#cw-note').fill('Et længere notat om, hvad jeg vil arbejde med frem mod næste MUS-samtale.');
  await page.emulateMedia({ media: 'print' });
  const profile = wheel.host.locator('#cw-profile');
  await expect(profile).toBeVisible();
  await expect(profile.locator('table')).toHaveCount(4);
  await expect(wheel.host.locator('.cw-toolbar')).toBeHidden();
  await expect(wheel.host.locator('.cw-wheel')).toBeVisible();
  // The wheel takes about half the page's width (A4 less 1.2 cm margins is
  // 18.6 cm = 703 px), its labels are at least 6.5 pt, the open part has no
  // heavy outline, and a key explains the band and the dashed target.
  const wheelBox = await wheel.host.locator('.cw-wheel').boundingBox();
  expect(wheelBox.width).toBeGreaterThanOrEqual(0.48 * 703);
  const labelPt = await wheel.host.locator('.cw-seg__label--part').evaluateAll((labels) =>
    Math.min(...labels.map((l) => l.getScreenCTM().a * parseFloat(l.getAttribute('font-size')) * 0.75)));
  expect(labelPt).toBeGreaterThanOrEqual(6.5);
  await expect(wheel.host.locator('.cw-wheel__outline--open')).toBeHidden();
  const marks = profile.locator('.cw-profile__marks');
  await expect(marks).toBeVisible();
  await expect(marks).toHaveText(/Farvet felt: dit niveau.*Stiplet bue: dit mål/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await info.attach('profile.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  await page.screenshot({ path: info.outputPath('print-emulation.png'), fullPage: true });
});

test('axe finds nothing with ratings, a target, a note and the profile shown', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[4], 3, 4);
  await wheel.host.locator('#cw-note').fill('Note');
  await wheel.host.getByRole('button', { name: 'Vis din profil' }).click();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page);
  expect(segments.length).toBe(16);
});

test('the tools work from the keyboard: profile, save, load, reset and print', async ({ page }) => {
  await page.addInitScript(() => {
    window.printCalls = 0;
    window.print = () => { window.printCalls += 1; };
  });
  // Listen before any key press: Playwright turns file-chooser interception
  // on when the first listener is added, which must not race the key.
  const choosers = [];
  page.on('filechooser', (chooser) => choosers.push(chooser));
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 2);
  const button = (name) => wheel.host.getByRole('button', { name, exact: true });

  await button('Vis din profil').focus();
  await page.keyboard.press('Enter');
  await expect(wheel.host.locator('#cw-profile')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(wheel.host.locator('#cw-profile')).toBeHidden();

  await page.keyboard.press('Tab');
  await expect(button('Gem øjebliksbillede')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wheel.host.locator('.cw-toolbar__result .cw-notice__text')).toContainText('gemt med 1 niveau og 0 mål');

  await page.keyboard.press('Tab');
  await expect(button('Gem som fil')).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toContain('kompetencehjul');

  await page.keyboard.press('Tab');
  await expect(button('Hent fra fil')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => choosers.length).toBe(1);
  expect(choosers[0].isMultiple()).toBe(false);

  // The hidden file input is skipped by Tab.
  await page.keyboard.press('Tab');
  await expect(button('Udskriv')).toBeFocused();
  await page.keyboard.press('Enter');
  // The print waits a frame or two, for the wheel laid out for paper.
  await expect.poll(() => page.evaluate(() => window.printCalls)).toBe(1);

  await page.keyboard.press('Tab');
  await expect(button('Del anonymt')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wheel.host.locator('.cw-share__code')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(wheel.host.locator('.cw-share__code')).toHaveCount(0);

  await page.keyboard.press('Tab');
  await expect(button('Nulstil')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button('Fortryd')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(button('Ja, slet alt')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(0);
  await expect(button('Nulstil')).toBeFocused();
});
