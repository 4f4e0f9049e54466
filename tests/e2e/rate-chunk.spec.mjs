// The tools are the `rate` chunk, fetched when the browser is idle after a
// rating widget's first paint (#27, lever 3). Rating never waits for it: a
// part opened before it has come is whole at once and rates by tap and by
// keys, and its arrival changes nothing in the panel (focus stays on a level
// being chosen). The tools' buttons stand in place meanwhile; one pressed
// there is pressed when the tools come. A chunk that cannot come says so
// calmly, and "Prøv igen" fetches it.
import { test, expect } from './helpers.mjs';
import { WheelPage, parts, segments, stored, rateByMouse, unhashed, expectNoAxeViolations } from './helpers.mjs';

const RATE_CHUNK = /\/dist\/competence-wheel\.rate\.[0-9a-f]{10}\.wasm$/;

/** Holds the rate chunk's response until `release()`; `asked` resolves when it is requested. */
async function holdRateChunk(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  let asked;
  const requested = new Promise((resolve) => {
    asked = resolve;
  });
  await page.route(RATE_CHUNK, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, requested };
}

/** The level stored for a part (undefined when none). */
async function storedLevel(page, part) {
  return (await stored(page))?.ratings?.[part.id]?.level;
}

/** Where an element's top is, in page pixels. */
function top(locator) {
  return locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

/** Where an element's top is once two reads in a row agree: on a loaded
 * machine the panel may still be settling when it first shows. */
async function settledTop(locator) {
  let last = await top(locator);
  await expect
    .poll(async () => {
      const now = await top(locator);
      const still = Math.abs(now - last) < 0.01;
      last = now;
      return still;
    })
    .toBe(true);
  return last;
}

for (const [width, height] of [[1280, 900], [390, 844], [320, 640]]) {
  test(`a part opened before the rate chunk has come is whole at once and rates; nothing in the panel moves when the tools come (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const held = await holdRateChunk(page);
    const wheelPage = new WheelPage(page);
    await wheelPage.open();
    // Asked for at idle, without any click, and held back.
    await held.requested;
    const part = parts[2];

    await wheelPage.segment(part.id).click();
    // Title, description, examples and the controls at once, while the
    // chunk is held: a tap and a note are never lost to its wait.
    await wheelPage.expectPanel(part);
    await expect(wheelPage.panel.locator('.cw-chunk')).toHaveCount(0);
    const level = wheelPage.host.locator('#cw-level-2');
    await level.check();
    await expect.poll(() => storedLevel(page, part)).toBe(2);
    await expect(wheelPage.segment(part.id)).toHaveAccessibleName(/niveau 2/i);
    await wheelPage.host.locator('#cw-note').fill('Skrevet før værktøjerne kom.');
    await expect.poll(async () => (await stored(page))?.ratings?.[part.id]?.note).toBe('Skrevet før værktøjerne kom.');
    const about = wheelPage.panel.getByRole('heading', { name: 'Om delen' });
    const before = await settledTop(about);
    // The tools stand in place meanwhile.
    await expect(wheelPage.host.getByRole('button', { name: 'Gem som fil' })).toBeVisible();
    if (width === 1280) await expectNoAxeViolations(page);

    held.release();
    // The real tools have come: only they hold the file input.
    await expect(wheelPage.host.locator('.cw-toolbar input[type="file"]')).toBeAttached();
    await expect(level).toBeChecked();
    // Nothing in the panel changed: the text below did not move.
    expect(Math.abs((await top(about)) - before)).toBeLessThanOrEqual(1);

    const other = wheelPage.host.locator('#cw-level-3');
    await other.check();
    await expect.poll(() => storedLevel(page, part)).toBe(3);
    await expect(wheelPage.segment(part.id)).toHaveAccessibleName(/niveau 3/i);
  });
}

test('a part opened by keys before the chunk has come: the arrow keys rate at once, and focus never leaves the level while it comes', async ({ page }) => {
  const held = await holdRateChunk(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await held.requested;
  // A dimension, then one of its parts from the panel's list by keys: the
  // panel puts focus on the part's chosen level ("Ikke vurderet").
  const dimension = segments[0];
  const part = parts[0];
  await wheelPage.segment(dimension.id).click();
  await wheelPage.expectPanel(dimension);
  await wheelPage.panel.locator('.cw-panel__part').first().press('Enter');
  await wheelPage.expectPanel(part);
  const focused = () => wheelPage.host.evaluate((el) => el.shadowRoot.activeElement?.id);
  await expect.poll(focused).toBe('cw-level-0');
  // The arrow keys choose a level while the chunk is still held back.
  await page.keyboard.press('ArrowDown');
  await expect(wheelPage.host.locator('#cw-level-1')).toBeChecked();
  await expect.poll(() => storedLevel(page, part)).toBe(1);
  // Every time focus leaves a level from now on, and where to.
  await wheelPage.host.evaluate((el) => {
    window.focusLeft = [];
    el.shadowRoot.addEventListener('focusout', (event) => window.focusLeft.push(`${event.target.id} -> ${event.relatedTarget?.id ?? 'nothing'}`));
  });
  // Keys pressed on while the tools come.
  held.release();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(wheelPage.host.locator('.cw-toolbar input[type="file"]')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(wheelPage.host.locator('#cw-level-5')).toBeChecked();
  await expect.poll(() => storedLevel(page, part)).toBe(5);
  expect(await focused()).toBe('cw-level-5');
  // Focus went only from level to level, never to nothing.
  expect(await page.evaluate(() => window.focusLeft.filter((move) => move.endsWith('nothing')))).toEqual([]);
});

test('a whole rating by keys from the wheel right after the page loads, the chunk held back: every level chosen is kept', async ({ page }) => {
  const held = await holdRateChunk(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await held.requested;
  await page.keyboard.press('Tab');
  // The keys a person presses to rate the first three parts, as in the
  // keyboard session (accessibility.spec.mjs), before the chunk has come.
  for (const [index, part] of parts.slice(0, 3).entries()) {
    while ((await wheelPage.focusedSegment()) !== part.id) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
  }
  await expect
    .poll(async () => Object.fromEntries(Object.entries((await stored(page))?.ratings ?? {}).map(([id, r]) => [id, r.level])))
    .toEqual(Object.fromEntries(parts.slice(0, 3).map((part, index) => [part.id, index + 1])));
  held.release();
  await expect(wheelPage.host.getByRole('button', { name: 'Gem som fil' })).toBeEnabled();
});

test('a tool pressed before the chunk has come is pressed when it comes', async ({ page }) => {
  const held = await holdRateChunk(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await held.requested;
  const save = wheelPage.host.getByRole('button', { name: 'Gem som fil' });
  const download = page.waitForEvent('download');
  await save.click();
  held.release();
  expect((await download).suggestedFilename()).toMatch(/^kompetencehjul-.*\.json$/);
  // The real button has focus, as the pressed one had.
  await expect(save).toBeFocused();
});

test('a tool pressed just as the chunk comes (the button down before, up after) is pressed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const held = await holdRateChunk(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await held.requested;
  const show = wheelPage.host.getByRole('button', { name: 'Vis din profil' });
  await show.scrollIntoViewIfNeeded();
  const box = await show.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  held.release();
  // The real tools have come under the pointer: only they hold the file input.
  await expect(wheelPage.host.locator('.cw-toolbar input[type="file"]')).toBeAttached();
  await page.mouse.up();
  await expect(wheelPage.host.getByRole('button', { name: 'Skjul din profil' })).toHaveAttribute('aria-expanded', 'true');
  await expect(wheelPage.host.locator('#cw-profile')).toBeVisible();
});

test('a tool focused before the chunk has come, then left for the wheel: focus stays on the wheel when it comes', async ({ page }) => {
  const held = await holdRateChunk(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await held.requested;
  const profile = wheelPage.host.getByRole('button', { name: 'Vis din profil' });
  await profile.focus();
  await expect(profile).toBeFocused();
  // Back to the wheel, as Shift+Tab from the tools would go.
  const segment = wheelPage.segment(parts[0].id);
  await segment.focus();
  await expect(segment).toBeFocused();
  held.release();
  // The real tools have come: only they hold the file input.
  await expect(wheelPage.host.locator('.cw-toolbar input[type="file"]')).toBeAttached();
  // Two frames for any focus the tools would give on arrival.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(segment, 'focus stayed where the person left it').toBeFocused();
});

test('the rate chunk is fetched at idle after the first paint, without a click; exploring never fetches it', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) fetched.push(unhashed(new URL(request.url()).pathname));
  });
  const asked = page.waitForRequest(RATE_CHUNK);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await asked;
  expect(fetched.indexOf('/dist/competence-wheel.rate.wasm')).toBeGreaterThan(fetched.indexOf('/dist/competence-wheel.wasm'));
  // Once here, the controls show at once: no loading line.
  await expect(wheelPage.host.getByRole('button', { name: 'Gem som fil' })).toBeVisible();
  await wheelPage.segment(parts[1].id).click();
  await expect(wheelPage.host.locator('#cw-level-0')).toBeVisible();

  // A widget that only explores has no controls and no tools to fetch.
  fetched.length = 0;
  await page.route('**/explore-only.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><script type="module" src="/dist/competence-wheel.js"></script><competence-wheel mode="explore"></competence-wheel>',
    }),
  );
  await page.goto('/explore-only.html');
  const explorer = new WheelPage(page);
  await explorer.ready();
  await explorer.segment(parts[1].id).click();
  await explorer.expectPanel(parts[1]);
  // Give an idle fetch every chance to happen: a frame and an idle period.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve()))));
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
  expect(fetched).toEqual(['/dist/competence-wheel.wasm']);
});

test('a rate chunk that cannot be fetched: a calm message where the tools go, rating still works, and "Prøv igen" brings the tools', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let blocked = true;
  await page.route(RATE_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  const failed = wheelPage.host.getByRole('alert').filter({ hasText: 'Denne del kunne ikke hentes' });
  // Where the tools would be, and only there.
  await expect(failed).toHaveCount(1);

  const part = parts[4];
  await rateByMouse(wheelPage, part, 2);
  await wheelPage.expectPanel(part);
  await expect(wheelPage.panel.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => storedLevel(page, part)).toBe(2);

  blocked = false;
  await failed.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(wheelPage.host.getByRole('button', { name: 'Gem som fil' })).toBeVisible();
  await expect(wheelPage.host.locator('.cw-toolbar input[type="file"]')).toBeAttached();
  await expect(wheelPage.host.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
