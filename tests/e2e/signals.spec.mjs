// One signal per effect: what a note, a slow wheel file and a share link do,
// each decided in one place (issue #13's bugs).
import { test, expect } from './helpers.mjs';
import { WheelPage, parts, stored, rateByMouse } from './helpers.mjs';
import { encode } from './codes.mjs';

test('typing a note: no rate event for the host, a few writes, and nothing typed is lost', async ({ page }) => {
  await page.addInitScript(() => {
    window.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('competence-wheel:')) window.__writes.push(value);
      return setItem.call(this, key, value);
    };
    window.__rates = [];
    document.addEventListener('competence-wheel-rate', (e) => window.__rates.push(e.detail));
  });
  const wheel = new WheelPage(page);
  await wheel.open();
  const part = parts[3];
  await rateByMouse(wheel, part, 2);
  await expect.poll(() => page.evaluate(() => window.__rates.length)).toBe(1);
  const before = await page.evaluate(() => window.__writes.length);

  // The person types a sentence key by key, as people do.
  const note = 'Lære at bruge delte dokumenter i teamet';
  await wheel.host.locator('#cw-note').pressSequentially(note, { delay: 15 });
  const typing = await page.evaluate(() => ({ rates: window.__rates.length, writes: window.__writes.length }));
  expect(typing.rates, 'a note is not a rating: no competence-wheel-rate').toBe(1);
  expect(typing.writes - before, `${note.length} keys, written in bursts`).toBeLessThan(note.length / 3);

  // Leaving the note stores all of it at once.
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await stored(page)).ratings[part.id]?.note).toBe(note);
  expect(await page.evaluate(() => window.__rates.length)).toBe(1);

  // Typing and then closing the page straight away loses nothing either.
  await wheel.host.locator('#cw-note').focus();
  await page.keyboard.type(' nu');
  await page.reload();
  await wheel.ready();
  await expect(wheel.host.locator('#cw-note')).toHaveValue(`${note} nu`);
});

test('the same request twice is acted on twice: focus back on one part, a rate event for each change', async ({ page }) => {
  await page.addInitScript(() => {
    window.__rates = [];
    document.addEventListener('competence-wheel-rate', (e) => window.__rates.push(e.detail));
  });
  const wheel = new WheelPage(page);
  await wheel.open();
  const part = parts[4];
  // Escape from inside the panel, twice over: each time focus comes back to
  // the same part (the wheel is asked to focus the same segment twice).
  for (const level of [2, 3]) {
    await wheel.segment(part.id).focus();
    await page.keyboard.press('Enter');
    await wheel.expectPanel(part);
    // Two changes to one part: the host hears of each.
    await wheel.host.locator(`#cw-level-${level}`).check();
    await expect.poll(() => page.evaluate(() => window.__rates.length)).toBe(level - 1);
    await expect(wheel.host.locator(`#cw-level-${level}`)).toBeFocused();
    await page.keyboard.press('Escape');
    await wheel.expectClosed();
    await expect.poll(() => wheel.focusedSegment()).toBe(part.id);
  }
  const rates = await page.evaluate(() => window.__rates.map((d) => [d.id, d.level]));
  expect(rates).toEqual([[part.id, 2], [part.id, 3]]);
});

test('changing src twice quickly shows the newest file, even when the first arrives last', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  const host = wheel.host;
  // The first file answers after 1.5 s; the second, asked for while the
  // first is still on its way, at once.
  const slow = (response) => response.url().includes('eksempel-digital-forvaltning.da.json?delay=1500');
  const asked = page.waitForRequest((request) => slow(request));
  const answered = page.waitForResponse(slow);
  await host.evaluate((el) => el.setAttribute('src', '/wheels/eksempel-digital-forvaltning.da.json?delay=1500'));
  await expect(host.locator('.cw-placeholder')).toBeVisible();
  await asked;
  await host.evaluate((el) => el.setAttribute('src', '/wheels/kl-medarbejder.en.json'));
  await expect(host.locator('.cw__title')).toHaveText('The digital competence wheel for employees');
  // The slow answer comes in after the newest src is shown; once it has
  // arrived whole and two frames have been drawn since, the newest src
  // still wins.
  const late = await answered;
  expect(await late.finished()).toBeNull();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(host.locator('.cw__title')).toHaveText('The digital competence wheel for employees');
  await expect(host.locator('.cw-seg')).toHaveCount(16);
});

test('a share link leaves a widget with mode="rate" for rating; one without a mode shows the group', async ({ page }) => {
  const code = encode([5, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 0]);
  // The intranet page has a rating widget (mode="rate") and one for exploring.
  await page.goto(`/examples/intranet.html#cw-code=${code}`);
  const rating = page.locator('competence-wheel#kl');
  await expect(rating.locator('.cw-seg')).toHaveCount(16);
  await expect(rating.locator('.cw')).toHaveClass(/cw--rate/);
  await expect(rating.locator('.cw-toolbar')).toHaveCount(1);
  await expect(rating.locator('#cw-group-codes')).toHaveCount(0);
  await expect(page.locator('competence-wheel#own .cw')).toHaveClass(/cw--explore/);
  // The same link on the demo page, whose widget sets no mode: the group.
  await page.goto(`/#cw-code=${code}`);
  const demo = page.locator('competence-wheel');
  await expect(demo.locator('#cw-group-codes')).toHaveValue(code);
});
