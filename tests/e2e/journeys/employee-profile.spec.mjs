// The employee's profile for the development talk, the worst realistic
// case: all twelve parts rated, a target on every one (as a person who takes
// the talk seriously sets them). The profile is printed and handed across
// the table, so it must never say something false: with six parts at 3–4
// beside an average of 2,5, "Dine styrker" names parts, not "Ingen del ligger
// over dit eget gennemsnit"; the parts to develop are the largest gaps to a
// target; no part is in both lists.
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, rateByMouse, expectNoAxeViolations } from '../helpers.mjs';

test.describe.configure({ timeout: 120_000 });

// Average 2,5; three parts at 4, three at 3; every target one or two above.
const levels = [3, 1, 4, 2, 3, 1, 4, 2, 3, 1, 4, 2];
const targets = [4, 3, 5, 4, 4, 2, 5, 3, 5, 3, 5, 4];

test('all twelve rated with a target on each: the profile names strengths and, apart from them, the largest gaps', async ({ page }, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheelPage = new WheelPage(page);
  await wheelPage.open('/');
  for (const [i, part] of parts.entries()) {
    await rateByMouse(wheelPage, part, levels[i], targets[i]);
  }
  await wheelPage.host.getByRole('button', { name: 'Vis din profil' }).click();
  const profile = wheelPage.host.locator('.cw-profile__highlights');
  await expect(profile).toBeVisible();
  await profile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('profile-targets-everywhere.png') });

  const [strengths, develop] = [0, 1].map((i) => profile.locator('.cw-profile__highlight').nth(i));
  await expect(strengths.locator('.cw-profile__subheading')).toHaveText('Dine styrker');
  await expect(strengths, 'no false "none above your average"').not.toContainText('Ingen del ligger over');
  await expect(strengths.locator('.cw-profile__none')).toHaveCount(0);
  // The three parts at 4 (the highest above 2,5), in the wheel's order.
  const byLevel = (l) => parts.filter((_, i) => levels[i] === l).map((p) => `${p.title} (${l})`);
  await expect(strengths.locator('li')).toHaveText(byLevel(4));

  // Parts to develop: gaps of 2 first, the lowest level first among them.
  const gapTwo = [1, 9, 3].map((i) => parts[i].title);
  await expect(develop.locator('.cw-profile__develop-title')).toHaveText(gapTwo);
  const named = [
    ...(await strengths.locator('li').allTextContents()).map((t) => t.replace(/ \(\d\)$/, '')),
    ...await develop.locator('.cw-profile__develop-title').allTextContents(),
  ];
  expect(new Set(named).size, 'no part in both lists').toBe(named.length);
  await expectNoAxeViolations(page);
});
