// WCAG 2.1 AA beyond what axe checks: the accessibility tree, languages,
// forced colours, zoom, target sizes and a whole session by keyboard alone.
import { test, expect } from './helpers.mjs';
import { WheelPage, parts, segments, stored, expectNoAxeViolations } from './helpers.mjs';

test('the wheel exposes groups of named buttons with level and open state', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const wheel = new WheelPage(page);
  await wheel.open('/#dataanvendelse');
  await wheel.host.locator('#cw-level-3').check();
  await expect(wheel.host.locator('svg.cw-wheel')).toMatchAriaSnapshot(`
    - group "Det digitale kompetencehjul for medarbejdere – 1 af 12 vurderet, gennemsnit 3,0":
      - group "Anvendelseskompetencer":
        - button "Anvendelseskompetencer, Anvendelse"
        - button "Brugerkompetencer, Brugere, ikke vurderet"
        - button "Dataanvendelse, Data, niveau 3 af 5" [expanded]
        - button "Data- og informationssikkerhed, Sikkerhed, ikke vurderet"
      - group "Kompetencer til teknologiforståelse":
        - button "Kompetencer til teknologiforståelse"
        - button "Teknologi, faglighed og mennesker, ikke vurderet"
        - button "Kompetencer til teknologivurdering, Vurdering, ikke vurderet"
        - button "Retssikkerhed og etik, ikke vurderet"
      - group "Kompetencer til formidling og kommunikation":
        - button "Kompetencer til formidling og kommunikation"
        - button "Digital kommunikation 1:mange, ikke vurderet"
        - button "Digital kommunikation 1:1, ikke vurderet"
        - button "Kompetencer til formidling til borgere og kolleger, ikke vurderet"
      - group "Udvikling og implementering":
        - button "Udvikling og implementering"
        - button "Implementering og anskaffelse, ikke vurderet"
        - button "Udvikling, ikke vurderet"
        - button "Innovation, ikke vurderet"
  `);
  // The drawn labels, hub and outlines are hidden from assistive technology.
  const exposedText = await wheel.host.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('svg text')].every((t) => t.closest('[aria-hidden="true"]')));
  expect(exposedText).toBe(true);
});

test('in English, the wheel and all its content read in English', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.host.evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(wheel.host.locator('.cw__title')).toHaveText('The digital competence wheel for employees');
  await expect(wheel.host.locator('.cw')).toHaveAttribute('lang', 'en');
  await wheel.segment('dataanvendelse').click();
  await expect(wheel.heading).toHaveText('Use of data');
  await expect(wheel.panel.locator('.cw-panel__examples li').first()).toHaveText('Creating good data');
  await expect(wheel.host.getByText('Where are you today?')).toBeVisible();
  await expect(wheel.host.getByText('I can teach others').first()).toBeVisible();
  await wheel.host.locator('#cw-level-2').check();
  await expect(wheel.host.locator('.cw__live')).toHaveText('Use of data: Level 2 – I can do it with help. Saved.');
  await expect(wheel.segment('dataanvendelse')).toHaveAttribute('aria-label', 'Use of data, level 2 of 5');
  await expect(wheel.host.locator('.cw__source')).toContainText('KL');
  await expectNoAxeViolations(page);
  // The same ratings in both languages, and the part stays open (the hash).
  await wheel.host.evaluate((el) => el.setAttribute('lang', 'da'));
  await expect(wheel.heading).toHaveText('Dataanvendelse');
  await expect(wheel.host.locator('#cw-level-2')).toBeChecked();
});

for (const [name, path, mode] of [
  ['Danish explore', '/', 'explore'],
  ['Danish rate', '/', 'rate'],
  ['English explore', '/examples/mount.html', 'explore'],
]) {
  test(`axe finds nothing in ${name} mode with every dimension open in turn`, async ({ page }) => {
    await page.goto(path);
    const host = page.locator('competence-wheel, #wheel').first();
    const wheel = new WheelPage(page, host);
    await wheel.ready();
    if (path === '/') await host.evaluate((el, m) => el.setAttribute('mode', m), mode);
    for (const segment of segments.filter((s) => s.kind === 'dimension')) {
      await wheel.segment(segment.id).click();
      await expect(wheel.host.locator('[aria-expanded="true"]')).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });
}

test('forced colours keep segments, the open part and levels apart', async ({ page }, info) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const wheel = new WheelPage(page);
  await wheel.open('/#dataanvendelse');
  await wheel.host.locator('#cw-level-4').check();
  const style = (selector) => wheel.host.evaluate((el, s) => {
    const cs = getComputedStyle(el.shadowRoot.querySelector(s));
    return { fill: cs.fill, stroke: cs.stroke };
  }, selector);
  const closed = await style('[data-segment="brugerkompetencer"] .cw-seg__shape');
  const open = await style('[data-segment="dataanvendelse"] .cw-seg__shape');
  const band = await style('[data-segment="dataanvendelse"] .cw-seg__level');
  expect(open.fill).not.toBe(closed.fill);
  expect(band.fill).not.toBe(open.fill);
  expect(closed.stroke).not.toBe(closed.fill);
  await page.screenshot({ path: info.outputPath('forced-colors.png'), fullPage: true });
  await expectNoAxeViolations(page);
});

test('at 200 % zoom nothing is cut off or scrolls sideways', async ({ browser }, info) => {
  // 200 % zoom of a 1280 px window: 640 CSS px at twice the pixel density.
  const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const wheel = new WheelPage(page);
  await wheel.open('/#teknologivurdering');
  await wheel.host.locator('#cw-level-3').check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: info.outputPath('zoom-200.png'), fullPage: true });
  await context.close();
});

test('every control is at least 24 × 24 CSS px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const wheel = new WheelPage(page);
  await wheel.open('/#brugerkompetencer');
  await wheel.host.getByRole('button', { name: 'Vis din profil' }).click();
  const small = await wheel.host.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('button, input:not([type="file"]), textarea, [role="button"]')]
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ c, r }) => `${c.className.baseVal ?? c.className} ${Math.round(r.width)}×${Math.round(r.height)}`));
  expect(small).toEqual([]);
});

test('a whole session by keyboard: rate all 12 parts, then print the profile', async ({ page }) => {
  await page.addInitScript(() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; });
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.keyboard.press('Tab');
  for (const [index, part] of parts.entries()) {
    while ((await wheel.focusedSegment()) !== part.id) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    for (let i = 0; i <= index % 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
  }
  await expect.poll(async () => Object.keys((await stored(page)).ratings).length).toBe(12);
  // From the wheel, Tab on through the (closed) panel to the tools.
  let guard = 0;
  while ((await wheel.focusedText()) !== 'Udskriv' && guard++ < 20) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // *Udskriv* prints once the wheel is laid out at its paper width.
  await expect.poll(() => page.evaluate(() => window.printCalls)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(wheel.host.locator('#cw-profile')).toBeVisible();
  await expect(wheel.host.locator('#cw-profile tbody tr')).toHaveCount(12);
});

// The parts' fills stay light in a dark colour scheme, so the band's edge and
// the dashed target arc are inked in the part's own text colour, not the
// scheme's (a light grey there, 1.1:1 on the fill): 3:1 at least (WCAG 1.4.11).
test('in a dark colour scheme the band edge and the target arc still contrast with the part', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheel = new WheelPage(page);
  await wheel.open('/');
  await wheel.host.evaluate((el) => el.setAttribute('data-color-scheme', 'dark'));
  for (const [i, part] of parts.slice(0, 4).entries()) {
    await wheel.segment(part.id).click();
    await wheel.host.locator('#cw-level-2').check();
    await wheel.host.locator(`#cw-target-${4 - (i % 2)}`).check();
  }
  const pairs = await wheel.host.evaluate((el, ids) => {
    const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    return ids.map((id) => {
      const seg = el.shadowRoot.querySelector(`[data-segment="${id}"]`);
      const fill = getComputedStyle(seg.querySelector('.cw-seg__shape')).fill;
      return [seg.querySelector('.cw-seg__target'), seg.querySelector('.cw-seg__level')].map((mark) => ({
        fill: rgb(fill),
        stroke: rgb(getComputedStyle(mark).stroke),
      }));
    });
  }, parts.slice(0, 4).map((p) => p.id));
  const luminance = ([r, g, b]) => {
    const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  for (const { fill, stroke } of pairs.flat()) {
    expect(contrast(fill, stroke), `stroke ${stroke} on fill ${fill}`).toBeGreaterThanOrEqual(3);
  }
});
