// An intranet editor checks the widget in the page it sits in: the example
// intranet (www/examples/intranet.html) has a 700 px content column, too
// narrow for the panel beside the wheel, on a 1440×900 laptop screen. A
// reader who clicks a part must still see that part and the panel's heading
// at once: the page may scroll, but not so far that the wheel leaves the
// screen. Screenshots go to target/playwright/.
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts } from '../helpers.mjs';
import { expectInViewport, inViewport } from './viewport.mjs';

test.use({ viewport: { width: 1440, height: 900 } });

test('in a 700 px column, every clicked part and the panel\'s heading are on screen together', async ({ page }, info) => {
  test.setTimeout(90_000);
  await page.goto('/examples/intranet.html');
  const wheel = new WheelPage(page, page.locator('#kl'));
  await wheel.ready();
  // The layout this is about: the panel under the wheel, not beside it.
  const [figure, panel] = await Promise.all([wheel.host.locator('.cw-wheel').boundingBox(), wheel.panel.boundingBox()]);
  expect(panel.y).toBeGreaterThan(figure.y + figure.height - 1);
  for (const [index, part] of parts.entries()) {
    // The reader has the wheel in view (the page's top, as it loaded).
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const segment = wheel.segment(part.id);
    await segment.click();
    await expect(wheel.heading).toHaveText(part.title);
    await expectInViewport(page, wheel.heading, `${part.title}'s heading`);
    expect(await inViewport(page, segment), `${part.id} on screen with its heading`).toBe(true);
    if (index === 0 || index === parts.length - 1) await page.screenshot({ path: info.outputPath(`column-${part.id}.png`) });
  }
});
