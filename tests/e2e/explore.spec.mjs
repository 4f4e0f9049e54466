// Exploring the wheel with a mouse: every dimension and part opens its text.
import { test, expect } from './helpers.mjs';
import { WheelPage, segments, parts, plain } from './helpers.mjs';

test('every dimension and part opens with its text when clicked', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.expectClosed();
  for (const segment of segments) {
    await wheel.segment(segment.id).click();
    await wheel.expectPanel(segment);
  }
});

test('clicking the open part again, or Luk, closes the panel', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  const [first, second] = parts;
  await wheel.segment(first.id).click();
  await wheel.expectPanel(first);
  await wheel.segment(first.id).click();
  await wheel.expectClosed();
  await wheel.segment(second.id).click();
  await wheel.panel.getByRole('button', { name: 'Luk' }).click();
  await wheel.expectClosed();
  // The wheel still shows where the reader was: focus went back to the part.
  expect(await wheel.focusedSegment()).toBe(second.id);
});

test('a dimension lists its parts, and each part leads back to its dimension', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  const dimension = segments.find((s) => s.kind === 'dimension' && s.id === 'teknologiforstaaelse');
  await wheel.segment(dimension.id).click();
  await wheel.expectPanel(dimension);
  const target = parts.find((p) => p.id === 'retssikkerhed-etik');
  await wheel.panel.getByRole('button', { name: target.title }).click();
  await wheel.expectPanel(target);
  // Focus moved into the new part, not lost with the replaced button: while
  // rating, onto its chosen level, so the arrow keys rate at once.
  expect(await wheel.host.evaluate((el) => el.shadowRoot.activeElement?.id)).toBe('cw-level-0');
  await wheel.panel.getByRole('button', { name: `Tilbage til ${dimension.title}` }).click();
  await wheel.expectPanel(dimension);
});

test('previous and next step through the wheel in reading order', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  // Exploring (rating steps from part to part: rating.spec).
  await wheel.host.evaluate((el) => el.setAttribute('mode', 'explore'));
  await wheel.ready();
  await wheel.segment(segments[0].id).click();
  for (const segment of segments.slice(1)) {
    await wheel.panel.locator('.cw-panel__step--next').click();
    await wheel.expectPanel(segment);
  }
  await wheel.panel.locator('.cw-panel__step--next').click();
  await wheel.expectPanel(segments[0]);
  await wheel.panel.locator('.cw-panel__step--previous').click();
  await wheel.expectPanel(segments.at(-1));
});

test('the open part is marked on the wheel by more than colour', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await expect(wheel.host.locator('.cw-wheel__outline--open')).toHaveCount(0);
  const part = parts[4];
  await wheel.segment(part.id).click();
  await expect(wheel.segment(part.id)).toHaveClass(/cw-seg--open/);
  await expect(wheel.host.locator('.cw-wheel__outline--open')).toHaveCount(1);
  expect(plain(part.title)).toBe(part.title);
});
