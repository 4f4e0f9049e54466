// The share flow with its two chunks arriving in every order. After a first
// rating the profile's chunk is fetched; "Del anonymt" fetches the share
// box's. On a phone in a workshop either may come first, both may come in the
// same moment, one may fail, and a second tap may close and reopen the box
// while its chunk is still on its way. Each order is made here, not hoped for:
// the responses are held and let go by the test. In every order the widget
// must show both, stay alive, and never trap (the `test` fixture fails on any
// trap, panic or page error).
import { test, expect } from './helpers.mjs';
import { WheelPage, parts } from './helpers.mjs';

test.use({ viewport: { width: 390, height: 844 } });

const PROFILE_CHUNK = /\/dist\/competence-wheel\.profile\.[0-9a-f]{10}\.wasm$/;
const SHARE_CHUNK = /\/dist\/competence-wheel\.share\.[0-9a-f]{10}\.wasm$/;
const CODE = /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/;

/** Holds every request for `pattern` until the test lets it go (or fails it);
 *  later requests then pass (or fail) at once. */
async function hold(page, pattern) {
  const held = [];
  let state = 'hold';
  let requested;
  const first = new Promise((resolve) => (requested = resolve));
  await page.route(pattern, (route) => {
    if (state === 'pass') return route.continue();
    if (state === 'fail') return route.abort('internetdisconnected');
    held.push(route);
    requested();
  });
  return {
    requests: () => held.length,
    requested: first,
    release: () => {
      state = 'pass';
      return Promise.all(held.splice(0).map((route) => route.continue()));
    },
    fail: () => {
      state = 'fail';
      return Promise.all(held.splice(0).map((route) => route.abort('internetdisconnected')));
    },
    /** Lets later requests through again (after a failure, for "Prøv igen"). */
    reopen: () => {
      state = 'pass';
    },
  };
}

/** Opens the page with both chunks held and rates a part: the profile's chunk is asked for. */
async function ratedWithChunksHeld(page) {
  const profile = await hold(page, PROFILE_CHUNK);
  const share = await hold(page, SHARE_CHUNK);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await wheelPage.segment(parts[1].id).click();
  await wheelPage.host.locator('#cw-level-3').check();
  await profile.requested;
  return { wheelPage, profile, share, shareButton: wheelPage.host.getByRole('button', { name: 'Del anonymt' }) };
}

/** Both views are there and the widget still answers: another part opens, the rating stands. */
async function expectAlive(wheelPage) {
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveText(CODE);
  await expect(wheelPage.host.locator('#cw-profile')).toBeAttached();
  await wheelPage.segment(parts[5].id).click();
  await expect(wheelPage.heading).toHaveText(parts[5].title);
  await expect(wheelPage.segment(parts[5].id)).toHaveAttribute('aria-expanded', 'true');
  await expect(wheelPage.segment(parts[1].id)).toHaveAttribute('aria-label', /niveau 3 af 5/);
}

test('the share box arrives before the profile', async ({ page }) => {
  const { wheelPage, profile, share, shareButton } = await ratedWithChunksHeld(page);
  await shareButton.click();
  await share.requested;
  await share.release();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveText(CODE);
  await expect(wheelPage.host.locator('#cw-profile')).toHaveCount(0);
  await profile.release();
  await expectAlive(wheelPage);
});

test('the profile arrives before the share box', async ({ page }) => {
  const { wheelPage, profile, share, shareButton } = await ratedWithChunksHeld(page);
  await shareButton.click();
  await share.requested;
  await profile.release();
  await expect(wheelPage.host.locator('#cw-profile')).toBeAttached();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveCount(0);
  await share.release();
  await expectAlive(wheelPage);
});

test('both chunks arrive in the same moment', async ({ page }) => {
  const { wheelPage, profile, share, shareButton } = await ratedWithChunksHeld(page);
  await shareButton.click();
  await share.requested;
  await Promise.all([profile.release(), share.release()]);
  await expectAlive(wheelPage);
});

test('"Del anonymt" closed and opened again while its chunk is on its way: fetched once, shown once', async ({ page }) => {
  const { wheelPage, profile, share, shareButton } = await ratedWithChunksHeld(page);
  await shareButton.click();
  await share.requested;
  // The box (and the component loading it) goes, and comes back asking again.
  await shareButton.click();
  await expect(shareButton).toHaveAttribute('aria-expanded', 'false');
  await shareButton.click();
  await expect(shareButton).toHaveAttribute('aria-expanded', 'true');
  await share.release();
  await profile.release();
  await expectAlive(wheelPage);
  expect(share.requests()).toBe(0);
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveCount(1);
});

test("the profile's chunk fails while the share box's comes: both work after Prøv igen", async ({ page }) => {
  const { wheelPage, profile, share, shareButton } = await ratedWithChunksHeld(page);
  await shareButton.click();
  await share.requested;
  await profile.fail();
  const failed = wheelPage.host.getByRole('alert').filter({ hasText: 'Denne del kunne ikke hentes' });
  await expect(failed).toBeVisible();
  await share.release();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveText(CODE);
  profile.reopen();
  await failed.getByRole('button', { name: 'Prøv igen' }).click();
  await expectAlive(wheelPage);
});
