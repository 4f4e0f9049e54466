// An employee on a phone, by touch: taps each part and reads it, goes back
// to the wheel, rates three parts, reads the profile and loads a file that
// holds nothing for this wheel. Every check is about what is on the screen,
// measured against the viewport; nothing is scrolled for the person except
// where they would scroll themselves (down to the tools).
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, stored, expectNoAxeViolations } from '../helpers.mjs';
import { centreInViewport, coveredInPanel, expectInViewport, horizontalOverflow, inViewport, wordsBrokenAcrossLines } from './viewport.mjs';

const phones = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

for (const viewport of phones) {
  test.describe(`an employee on a ${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('taps each part, rates three, reads the profile and loads a bad file', { tag: '@long' }, async ({ page }, info) => {
      test.setTimeout(90_000);
      const shot = (name) => page.screenshot({ path: info.outputPath(`${viewport.width}-${name}.png`) });
      const wheel = new WheelPage(page);
      await wheel.open();
      const figure = wheel.host.locator('.cw-wheel');
      const key = wheel.host.locator('.cw-key');
      await shot('00-start');

      if (viewport.width === 390) {
        // Words on the part ring, not numbers: short titles fit at 390 px.
        await expect(wheel.label('brugerkompetencer').locator('tspan')).toHaveText(['Brugere']);
        await expect(wheel.label('dataanvendelse').locator('tspan')).toHaveText(['Data']);
      }
      // Any key sits right under the wheel, before the panel.
      if (await key.count()) {
        const [wheelBox, keyBox, panelBox] = await Promise.all([figure.boundingBox(), key.boundingBox(), wheel.panel.boundingBox()]);
        expect(keyBox.y).toBeGreaterThanOrEqual(wheelBox.y + wheelBox.height - 1);
        expect(keyBox.y + keyBox.height).toBeLessThanOrEqual(panelBox.y + 1);
      }

      for (const [index, part] of parts.entries()) {
        const segment = wheel.segment(part.id);
        // The part is on the screen where the person left the wheel.
        expect(await centreInViewport(page, segment), `${part.id} on screen before the tap`).toBe(true);
        await segment.tap();
        await expect(wheel.heading).toHaveText(part.title);
        await expectInViewport(page, wheel.heading, `${part.title}'s heading`);
        // The rating starts right under the heading.
        await expectInViewport(page, wheel.host.locator('.cw-rating__group--level .cw-rating__legend'), 'the level question');
        // The way back is right there at the top of the panel, in the flow.
        const back = wheel.panel.locator('.cw-panel__to-wheel--top');
        expect(await inViewport(page, back), 'Til hjulet on screen').toBe(true);
        if (index < 3) {
          const level = wheel.host.locator(`#cw-level-${index + 2}`);
          expect(await centreInViewport(page, level)).toBe(true);
          await level.tap();
          await expect(level).toBeChecked();
          const saved = wheel.host.locator('.cw-rating__group--level .cw-rating__saved');
          await expect(saved).toHaveText('✓Gemt');
          expect(await inViewport(page, saved)).toBe(true);
          await expect(wheel.host.locator('.cw__live')).toContainText('Gemt');
          if (index === 0) await expectNoAxeViolations(page);
          if (index === 2) {
            // A note with long words, which must not break in the profile.
            await wheel.host.locator('#cw-note').tap();
            await page.keyboard.type('Øv pivottabeller i regnearket');
            await expect(wheel.host.locator('.cw-rating__note .cw-rating__saved')).toHaveText('✓Gemt');
          }
          // Nothing floats over the form, the steps or the text, wherever the
          // person scrolls in the panel.
          expect(await coveredInPanel(wheel.host)).toEqual([]);
        }
        await shot(`${String(index + 1).padStart(2, '0')}-${part.id}`);
        // Two ways back, at the top and at the end of the panel.
        await expect(wheel.panel.getByRole('button', { name: 'Til hjulet' })).toHaveCount(2);
        await back.tap();
        await expectInViewport(page, figure, 'the wheel');
        expect(await wheel.focusedSegment()).toBe(part.id);
      }
      const document = await stored(page);
      expect(parts.slice(0, 3).map((p) => document.ratings[p.id].level)).toEqual([2, 3, 4]);
      expect(document.ratings[parts[2].id].note).toBe('Øv pivottabeller i regnearket');

      // The profile: down to the tools (Playwright's tap scrolls there, as the
      // person would), then nothing wider than the screen.
      await wheel.host.getByRole('button', { name: 'Vis din profil' }).tap();
      const profile = wheel.host.locator('#cw-profile');
      await expect(profile).toBeVisible();
      // Brought into view: its top, not only a peek of the heading.
      await expectInViewport(page, profile.locator('.cw-profile__title'), 'the profile heading');
      await expectInViewport(page, profile.locator('.cw-profile__list li').first(), "the profile's first strength");
      // Three ratings (2, 3, 4): the 4 is the strength, the 2 the part to develop, never both.
      await expect(profile.locator('.cw-profile__highlight').first().locator('li')).toHaveText([`${parts[2].title} (4)`]);
      await expect(profile.locator('.cw-profile__develop-title')).toHaveText([parts[0].title]);
      expect(await horizontalOverflow(page, profile)).toBeLessThanOrEqual(0);
      expect(await wordsBrokenAcrossLines(profile)).toEqual([]);
      // The rows are still a table to a screen reader.
      await expect(profile.getByRole('table')).toHaveCount(4);
      await expect(profile.getByRole('rowheader', { name: parts[0].title })).toHaveCount(1);
      await expect(profile.getByRole('cell').filter({ hasText: 'Jeg kan med hjælp' }).first()).toBeVisible();
      await shot('20-profile');
      // The new states read in a dark scheme too.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await profile.screenshot({ path: info.outputPath(`${viewport.width}-21-profile-whole.png`) });
      await expectNoAxeViolations(page);

      // A file with nothing for this wheel: refused, said where it was loaded.
      const before = await stored(page);
      const load = wheel.host.getByRole('button', { name: 'Hent fra fil' });
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), load.tap()]);
      await chooser.setFiles({ name: 'hello.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
      const notice = wheel.host.locator('.cw-toolbar .cw-notice');
      await expect(notice).toContainText('ingen vurderinger af delene i dette hjul');
      await expect(notice).toContainText('Intet er ændret');
      await expectInViewport(page, notice, 'the result of loading the file');
      // The tapped button does not keep a hover fill (it would look stuck).
      const fills = await wheel.host.locator('.cw-toolbar .cw-button').evaluateAll((buttons) =>
        buttons.map((b) => `${b.textContent.trim()}: ${getComputedStyle(b).backgroundColor}`));
      const plain = await wheel.host.getByRole('button', { name: 'Gem som fil' }).evaluate((b) => getComputedStyle(b).backgroundColor);
      expect(await load.evaluate((b) => getComputedStyle(b).backgroundColor), fills.join('; ')).toBe(plain);
      expect(await stored(page)).toEqual(before);
      await shot('30-bad-file');
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('the scroll after a tap', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  // Positions of the page over the frames after a tap.
  const scrollAfterTap = async (page, wheel, id) => {
    await page.evaluate(() => {
      window.scrolls = [];
      const sample = () => {
        window.scrolls.push(window.scrollY);
        if (window.scrolls.length < 60) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await wheel.segment(id).tap();
    await expect.poll(() => page.evaluate(() => window.scrolls.length)).toBe(60);
    return page.evaluate(() => window.scrolls);
  };

  test('glides to the panel', async ({ page }) => {
    const wheel = new WheelPage(page);
    await wheel.open();
    const scrolls = await scrollAfterTap(page, wheel, parts[0].id);
    const [start, end] = [scrolls[0], scrolls.at(-1)];
    expect(end).toBeGreaterThan(start + 100);
    expect(scrolls.some((y) => y > start + 10 && y < end - 10), scrolls.join(' ')).toBe(true);
  });

  test('jumps there at once when the person asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const wheel = new WheelPage(page);
    await wheel.open();
    const scrolls = await scrollAfterTap(page, wheel, parts[0].id);
    const end = scrolls.at(-1);
    expect(end).toBeGreaterThan(scrolls[0] + 100);
    expect(scrolls.filter((y) => y !== scrolls[0] && y !== end), scrolls.join(' ')).toEqual([]);
    expect(await inViewport(page, wheel.heading)).toBe(true);
  });
});
