// axe-core over the demo in every state of this feature.
import { test } from './helpers.mjs';
import { WheelPage, expectNoAxeViolations, parts, segments } from './helpers.mjs';

for (const width of [320, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('closed, with a part open and with a dimension open', async ({ page }) => {
      const wheel = new WheelPage(page);
      await wheel.open();
      await expectNoAxeViolations(page);
      await wheel.segment(parts[0].id).click();
      await wheel.expectPanel(parts[0]);
      await expectNoAxeViolations(page);
      await wheel.segment(segments[0].id).click();
      await wheel.expectPanel(segments[0]);
      await expectNoAxeViolations(page);
    });
  });
}

test('with keyboard focus on the wheel', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expectNoAxeViolations(page);
});
