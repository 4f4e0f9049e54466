// The wheel at the widths people use: labels stay inside their segments,
// nothing scrolls sideways, and small screens work by touch.
import { test, expect } from './helpers.mjs';
import { WheelPage, segments, labelsOutsideSegments } from './helpers.mjs';

const widths = [320, 390, 768, 1440, 1920];

for (const width of widths) {
  test(`at ${width} px every label lies inside its own segment`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: width === 1920 ? 1080 : 900 });
    const wheel = new WheelPage(page);
    await wheel.open();
    await expect(wheel.host.locator('.cw-seg__label')).toHaveCount(segments.length);
    expect(await labelsOutsideSegments(wheel.host)).toEqual([]);
    // No horizontal scrolling at any width (WCAG 1.4.10 reflow).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Labels are legible: no glyph smaller than 12 CSS px.
    const smallest = await wheel.host.evaluate((el) =>
      Math.min(...[...el.shadowRoot.querySelectorAll('.cw-seg__label')].map((t) => {
        const svg = t.ownerSVGElement;
        return Number(t.getAttribute('font-size')) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      })),
    );
    expect(smallest).toBeGreaterThanOrEqual(11.5);
    await page.screenshot({ path: info.outputPath(`wheel-${width}.png`), fullPage: true });
  });
}

test('labels re-fit when the container is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheel = new WheelPage(page);
  await wheel.open();
  await expect(wheel.label('brugerkompetencer').locator('tspan').first()).not.toHaveText('1.1');
  await page.setViewportSize({ width: 320, height: 900 });
  await expect(wheel.label('brugerkompetencer').locator('tspan')).toHaveText(['1.1']);
  await expect(wheel.host.locator('.cw-key')).toBeVisible();
  expect(await labelsOutsideSegments(wheel.host)).toEqual([]);
});

test.describe('on a 320 px touch screen', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('tapping opens every part, and the panel sits under the wheel', async ({ page }, info) => {
    const wheel = new WheelPage(page);
    await wheel.open();
    for (const segment of segments) {
      await wheel.segment(segment.id).tap();
      await wheel.expectPanel(segment);
    }
    // Both boxes from one frame, in page coordinates: the tap scrolls the
    // panel into view, and two separate reads could straddle that scroll.
    const { wheelBottom, panelTop, panelRight } = await wheel.host.evaluate((el) => {
      const wheelBox = el.shadowRoot.querySelector('.cw-wheel').getBoundingClientRect();
      const panelBox = el.shadowRoot.querySelector('#cw-panel').getBoundingClientRect();
      return { wheelBottom: wheelBox.bottom + scrollY, panelTop: panelBox.top + scrollY, panelRight: panelBox.right };
    });
    expect(panelTop).toBeGreaterThan(wheelBottom - 1);
    expect(panelRight).toBeLessThanOrEqual(320);
    await page.screenshot({ path: info.outputPath('touch-320-open.png'), fullPage: true });
  });
});
