// The profile's then → now on a phone: the earlier level sits beside the
// level it led to, in the value column, and reads as one phrase.
import { test, expect } from './helpers.mjs';
import { WheelPage, parts, storageKey } from './helpers.mjs';

const YEAR_AGO = Date.UTC(2025, 11, 7, 9);
const NOW = Date.UTC(2026, 11, 7, 9);

for (const [width, height] of [[390, 844], [320, 640]]) {
  test(`then → now stays in its cell at ${width} px, and reads "før 1, nu 3 …"`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const doc = {
      format: 'competence-wheel-ratings',
      version: 2,
      wheel: 'kl-medarbejder',
      ratings: { [parts[0].id]: { level: 3, updated: NOW } },
      snapshots: [{ label: 'Før MUS', taken: YEAR_AGO, edited: YEAR_AGO, ratings: { [parts[0].id]: { level: 1 } } }],
    };
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      }
    }, [storageKey, JSON.stringify(doc)]);
    const wheel = new WheelPage(page);
    await wheel.open();
    await wheel.host.getByRole('button', { name: 'Vis din profil' }).click();
    const row = wheel.host.locator('#cw-profile tbody tr').filter({ hasText: parts[0].title.replaceAll('\u00ad', '') }).first();
    const cell = row.locator('td').first();
    const then = cell.locator('.cw-profile__then');
    const level = cell.locator('.cw-profile__level');
    await expect(then).toBeVisible();
    // One value: the earlier level leads into the level, on one line, in
    // the same column (not wrapped under the cell's label).
    // Both boxes in one frame: the profile may still be scrolling into view.
    const [a, b] = await cell.evaluate((el) =>
      ['.cw-profile__then', '.cw-profile__level'].map((s) => {
        const r = el.querySelector(s).getBoundingClientRect();
        return { x: r.x, y: r.y };
      }));
    expect(Math.abs(a.y - b.y)).toBeLessThan(4);
    expect(b.x).toBeGreaterThan(a.x);
    expect(await then.evaluate((el) => el.parentElement.className)).toContain('cw-profile__value');
    // What a screen reader gets: the arrow hidden, a space before the label.
    const said = await cell.locator('.cw-profile__value').evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    });
    expect(said).toMatch(/^før 1, nu 3 \S/);
  });
}
