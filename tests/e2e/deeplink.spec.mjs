// The URL hash names the open part, and a link with a hash opens it.
import { test, expect } from './helpers.mjs';
import { WheelPage, segments, parts } from './helpers.mjs';

for (const segment of [parts.at(-1), segments.find((s) => s.kind === 'dimension')]) {
  test(`loading /#${segment.id} opens ${segment.title}`, async ({ page }) => {
    const wheel = new WheelPage(page);
    await wheel.open(`/#${segment.id}`);
    await wheel.expectPanel(segment);
  });
}

test('opening and closing keep the hash in step without adding history', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open('/?demo=1');
  const before = await page.evaluate(() => history.length);
  const part = parts[3];
  await wheel.segment(part.id).click();
  await expect(page).toHaveURL(new RegExp(`/\\?demo=1#${part.id}$`));
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?demo=1$/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('changing the hash opens the named part; unknown hashes are left alone', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open('/');
  const part = parts[7];
  await page.evaluate((id) => { location.hash = id; }, part.id);
  await wheel.expectPanel(part);
  await page.evaluate(() => { location.hash = 'host-page-anchor'; });
  await wheel.expectPanel(part);
  await expect(page).toHaveURL(/#host-page-anchor$/);
});
