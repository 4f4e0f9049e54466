// An employee at a 1440×900 desktop rates all twelve parts with the mouse,
// going on with *Næste*: the wheel and the rating control stay on the screen
// together at every step, each choice says "Gemt", and a reload shows the
// ratings from the very first frame.
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, stored, expectNoAxeViolations } from '../helpers.mjs';
import { expectInViewport, inViewport, labelsWithoutHalo } from './viewport.mjs';

test.use({ viewport: { width: 1440, height: 900 } });

const levelNames = [
  'Jeg ved, hvad det er',
  'Jeg kan med hjælp',
  'Jeg kan selv',
  'Jeg kan det sikkert, også i nye situationer',
  'Jeg kan lære andre',
];

test('rates all twelve parts with Næste, the wheel always in view', async ({ page }, info) => {
  test.setTimeout(90_000);
  const shot = (name) => page.screenshot({ path: info.outputPath(`1440-${name}.png`) });
  const wheel = new WheelPage(page);
  await wheel.open();
  await shot('00-start');
  const figure = wheel.host.locator('.cw-wheel');
  const levels = wheel.host.locator('.cw-rating__group--level');
  const live = wheel.host.locator('.cw__live');

  await wheel.segment(parts[0].id).click();
  // Beside the wheel there is no "back to the wheel".
  await expect(wheel.panel.getByRole('button', { name: 'Til hjulet' })).toHaveCount(0);
  for (const [index, part] of parts.entries()) {
    await expect(wheel.heading).toHaveText(part.title);
    await expectInViewport(page, figure, 'the wheel');
    await expectInViewport(page, levels, `the level choices for ${part.title}`);
    const level = (index % 5) + 1;
    await levels.locator(`label[for="cw-level-${level}"]`).click();
    await expect(wheel.host.locator(`#cw-level-${level}`)).toBeChecked();
    // "Gemt" beside the question it answers, and said aloud.
    const saved = levels.locator('.cw-rating__saved');
    await expect(saved).toHaveText('✓Gemt');
    const [legendBox, savedBox] = await Promise.all([levels.locator('legend').boundingBox(), saved.boundingBox()]);
    expect(Math.abs(savedBox.y + savedBox.height / 2 - (legendBox.y + legendBox.height / 2))).toBeLessThan(legendBox.height / 2);
    expect(await inViewport(page, saved)).toBe(true);
    await expect(live).toHaveText(`${part.title}: Niveau ${level} – ${levelNames[level - 1]}. Gemt.`);
    await expect(wheel.segment(part.id).locator('.cw-seg__level')).toHaveCount(1);
    if (index === 1) {
      // A target too: its dashed arc, like the band's edge, must not cut the label.
      await wheel.host.locator('label[for="cw-target-5"]').click();
      await expect(wheel.segment(part.id).locator('.cw-seg__target')).toHaveCount(1);
    }
    // The band's edge runs under the label, never through its glyphs.
    expect(await labelsWithoutHalo(wheel.host)).toEqual([]);
    if (index === 0) await expectNoAxeViolations(page);
    await shot(`${String(index + 1).padStart(2, '0')}-${part.id}`);
    if (index + 1 < parts.length) {
      const next = wheel.panel.locator('.cw-panel__step--next');
      await expect(next).toContainText(parts[index + 1].title);
      expect(await inViewport(page, next), 'Næste on the screen').toBe(true);
      await next.click();
    }
  }
  await expect(wheel.host.locator('.cw-wheel__hub-text')).toContainText('12/12');
  const document = await stored(page);
  expect(parts.map((p) => document.ratings[p.id].level)).toEqual(parts.map((_, i) => (i % 5) + 1));

  // Reload: record every text the hub ever shows, from before the widget
  // exists (the page's CSP does not apply to Playwright's init scripts).
  await page.addInitScript(() => {
    window.hubTexts = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const inHub = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest?.('.cw-wheel__hub-text');
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData' && inHub(record.target)) window.hubTexts.push(record.oldValue);
          for (const node of [...record.removedNodes, ...record.addedNodes]) {
            if (node.nodeType === 3 && inHub(record.target)) window.hubTexts.push(node.data);
            if (node.nodeType === 1) {
              const hub = node.matches?.('.cw-wheel__hub-text') ? node : node.querySelector?.('.cw-wheel__hub-text');
              if (hub) window.hubTexts.push(hub.textContent);
            }
          }
        }
      }).observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
      return root;
    };
  });
  await page.reload();
  await wheel.ready();
  await expect(wheel.host.locator('.cw-wheel__hub-text')).toContainText('12/12');
  const seen = await page.evaluate(() => window.hubTexts);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toContain('12/12');
  expect(seen.filter((text) => /(^|\D)0\/12/.test(text))).toEqual([]);
  await shot('20-reloaded');
});

test('by keyboard alone: Næste lands on the next part\'s choices, and the last part leads to the profile', async ({ page }, info) => {
  test.setTimeout(90_000);
  const wheel = new WheelPage(page);
  await wheel.open();
  const active = () => wheel.host.evaluate((el) => {
    const a = el.shadowRoot.activeElement;
    return a ? (a.id || [...a.classList].join(' ') || a.tagName) : null;
  });
  const tabTo = async (wanted, what) => {
    for (let i = 0; i < 20 && !wanted(await active()); i++) await page.keyboard.press('Tab');
    expect(wanted(await active()), `Tab reaches ${what}`).toBe(true);
  };
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  expect(await wheel.focusedSegment()).toBe(parts[0].id);
  await page.keyboard.press('Enter');
  await expect(wheel.heading).toHaveText(parts[0].title);
  // The first part has no way back to before the first part.
  await expect(wheel.panel.locator('.cw-panel__step--previous')).toHaveCount(0);
  await tabTo((id) => id?.startsWith('cw-level-'), 'the level choices');
  for (const [index, part] of parts.entries()) {
    await expect(wheel.heading).toHaveText(part.title);
    // Focus is on the chosen level ("Ikke vurderet" while none is chosen):
    // the arrow keys choose a level at once.
    expect(await active()).toBe('cw-level-0');
    const level = (index % 5) + 1;
    for (let i = 0; i < level; i++) await page.keyboard.press('ArrowDown');
    await expect(wheel.host.locator(`#cw-level-${level}`)).toBeChecked();
    expect(await active()).toBe(`cw-level-${level}`);
    await tabTo((id) => id?.includes('cw-panel__step--next'), 'Næste');
    if (index + 1 < parts.length) {
      await expect(wheel.panel.locator('.cw-panel__step--next')).toContainText(parts[index + 1].title);
      await page.keyboard.press('Enter');
    }
  }
  // The last part's Næste is the finish line, not a wrap round to the first.
  const finish = wheel.panel.locator('.cw-panel__step--next');
  await expect(finish).toHaveText('Se din profil');
  await page.keyboard.press('Enter');
  const profile = wheel.host.locator('#cw-profile');
  await expect(profile).toBeVisible();
  await expect(wheel.heading).toHaveText(parts.at(-1).title);
  expect(await active()).toBe('cw-profile-title');
  // The profile's top is on the screen, with its highlights, not only its heading.
  await expectInViewport(page, profile.locator('.cw-profile__title'), 'the profile heading');
  await expectInViewport(page, profile.locator('.cw-profile__list li').first(), "the profile's first strength");
  await page.screenshot({ path: info.outputPath('1440-30-see-profile.png') });
  const document = await stored(page);
  expect(parts.map((p) => document.ratings[p.id].level)).toEqual(parts.map((_, i) => (i % 5) + 1));
});
