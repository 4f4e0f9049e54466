// The English wheel where it differs from the Danish in length: short titles
// on a phone's wheel, and a presentation step that continues on a second
// screen.
import { test, expect } from './helpers.mjs';
import { WheelPage } from './helpers.mjs';

test.describe('a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the English wheel shows short titles on its parts, as the Danish does', async ({ page }, info) => {
    await page.goto('/');
    const wheel = new WheelPage(page);
    await wheel.host.evaluate((el) => el.setAttribute('lang', 'en'));
    await wheel.ready();
    await expect(wheel.host.locator('.cw')).toHaveAttribute('lang', 'en');
    await expect(wheel.label('brugerkompetencer').locator('tspan')).toHaveText(['Users']);
    await expect(wheel.label('dataanvendelse').locator('tspan')).toHaveText(['Data']);
    // The longer ones break where their soft hyphen allows.
    await expect(wheel.label('teknologivurdering').locator('tspan')).toHaveText(['Assess-', 'ment']);
    await expect(wheel.label('udvikling').locator('tspan')).toHaveText(['Develop-', 'ment']);
    // No part shows a number.
    const partLabels = await wheel.host.locator('.cw-seg--part .cw-seg__label').allTextContents();
    expect(partLabels.filter((text) => /^\d+\.\d+$/.test(text.trim()))).toEqual([]);
    await page.screenshot({ path: info.outputPath('english-390.png') });
  });
});

test('presenting in English, a step too long for one screen goes on with "(continued)"', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/examples/present.html');
  const host = page.locator('competence-wheel');
  await host.evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(host.locator('.cw')).toHaveAttribute('lang', 'en');
  await expect(host.locator('.cw-seg')).toHaveCount(16);
  const position = host.locator('.cw-present__position [aria-hidden="true"]');
  // Presenting is a chunk of its own, fetched now (slow on a loaded CI
  // machine); the start screen shows no position, the first step does.
  await expect(host.locator('.cw-present-start__lead')).toHaveText('Press Next or Page Down to begin.', { timeout: 15_000 });
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(/^1 \/ \d+$/);
  const total = Number((await position.textContent()).split('/')[1]);
  const headings = [];
  for (let at = 1; at <= total; at++) {
    if (at > 1) await page.keyboard.press('PageDown');
    await expect(position).toHaveText(`${at} / ${total}`);
    headings.push((await host.locator('section.cw-panel #cw-panel-title').textContent()).replaceAll('\u00ad', '').trim());
  }
  const continued = headings.filter((heading) => heading.endsWith(' (continued)'));
  expect(continued.length, headings.join(' | ')).toBeGreaterThan(0);
  // Each continued screen follows its own step's first screen.
  for (const heading of continued) {
    const index = headings.indexOf(heading);
    expect([heading.replace(' (continued)', ''), heading]).toContain(headings[index - 1]);
  }
  expect(headings.filter((heading) => heading.includes('(fortsat)'))).toEqual([]);
});
