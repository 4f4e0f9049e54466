// Using the wheel with the keyboard alone.
import { test, expect } from './helpers.mjs';
import { WheelPage, segments, plain } from './helpers.mjs';

test('Tab reaches the wheel; arrows, Enter and Escape explore every segment', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  expect(await wheel.focusedSegment()).toBe(segments[0].id);
  await expect(wheel.host.locator('.cw-wheel__outline--focus')).toHaveCount(1);

  for (const [index, segment] of segments.entries()) {
    if (index > 0) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await wheel.focusedSegment()).toBe(segment.id);
    await page.keyboard.press('Enter');
    await wheel.expectPanel(segment);
    // Opening is announced in the live region.
    await expect(wheel.host.locator('[role="status"]')).toHaveText(`${segment.title} er åbnet`);
    expect(await wheel.focusedSegment()).toBe(segment.id);
    await page.keyboard.press('Escape');
    await wheel.expectClosed();
    expect(await wheel.focusedSegment()).toBe(segment.id);
  }
});

test('Space toggles, arrows wrap, Home and End jump', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  expect(await wheel.focusedSegment()).toBe(segments.at(-1).id);
  await page.keyboard.press('ArrowDown');
  expect(await wheel.focusedSegment()).toBe(segments[0].id);
  await page.keyboard.press('End');
  expect(await wheel.focusedSegment()).toBe(segments.at(-1).id);
  await page.keyboard.press('Home');
  expect(await wheel.focusedSegment()).toBe(segments[0].id);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await wheel.expectPanel(segments.at(-1));
  await page.keyboard.press('Space');
  await wheel.expectClosed();
});

test('the wheel is one tab stop, and Tab continues into the open panel', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const segment = segments[2];
  await wheel.expectPanel(segment);
  // Next stop after the wheel: the panel's first control.
  await page.keyboard.press('Tab');
  expect(await wheel.focusedText()).toBe(plain(segment.dimension.title));
  await page.keyboard.press('Shift+Tab');
  expect(await wheel.focusedSegment()).toBe(segment.id);
  // Escape from inside the panel closes it and returns focus to the part.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await wheel.expectClosed();
  expect(await wheel.focusedSegment()).toBe(segment.id);
});

test('Enter on a panel button opens that part and focuses its choices (its heading when exploring)', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const dimension = segments[0];
  await wheel.expectPanel(dimension);
  // Tab past "Luk" to the first part button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await wheel.focusedText()).toBe(segments[1].title);
  await page.keyboard.press('Enter');
  await wheel.expectPanel(segments[1]);
  // While rating: the part's chosen level ("Ikke vurderet" while none is).
  expect(await wheel.host.evaluate((el) => el.shadowRoot.activeElement?.id)).toBe('cw-level-0');
  // Exploring has no choices: the heading.
  await wheel.host.evaluate((el) => el.setAttribute('mode', 'explore'));
  await wheel.ready();
  await wheel.panel.getByRole('button', { name: `Tilbage til ${segments[0].title}` }).press('Enter');
  await wheel.expectPanel(segments[0]);
  await wheel.panel.locator('.cw-panel__part').first().press('Enter');
  await wheel.expectPanel(segments[1]);
  expect(await wheel.focusedText()).toBe(segments[1].title);
});
