// The wasm is split: the first load carries exploring and rating, and each
// other view (the group's wheel, …) is a chunk fetched beside the module the
// first time it is shown, under the demo server's strict CSP. A chunk that
// cannot be fetched gives a calm message in the widget, the rest keeps
// working, and "Prøv igen" fetches it once the network is back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { WheelPage, segments, expectNoAxeViolations, unhashed } from './helpers.mjs';

// Every chunk carries a content hash in its name (see xtask/src/dist.rs).
const GROUP_CHUNK = /\/dist\/competence-wheel\.group\.[0-9a-f]{10}\.wasm$/;
const EDITOR_CHUNK = /\/dist\/competence-wheel\.editor\.[0-9a-f]{10}\.wasm$/;
const ENGLISH_CHUNK = /\/dist\/competence-wheel\.en\.[0-9a-f]{10}\.wasm$/;
const READER_CHUNK = /\/dist\/competence-wheel\.reader\.[0-9a-f]{10}\.wasm$/;

/** The wasm files the page fetches, named without their content hash. */
function wasmRequests(page) {
  const urls = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) urls.push(unhashed(new URL(request.url()).pathname));
  });
  return urls;
}

/** Leaves out the `rate` chunk (the rating controls and the tools, fetched
 *  at idle by every rating widget: rate-chunk.spec.mjs) and the small
 *  chunks it shares with other views. */
const besidesRating = (urls) => urls.filter((url) => !/\.(rate|chunk_\d+)\.wasm$/.test(url));

async function setMode(wheelPage, mode) {
  await wheelPage.host.evaluate((el, m) => el.setAttribute('mode', m), mode);
}

test('rating fetches only the main wasm and its controls\' chunk; the group view fetches its chunk when first shown', async ({ page }) => {
  const fetched = wasmRequests(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await wheelPage.segment(segments[1].id).click();
  await wheelPage.expectPanel(segments[1]);
  await expect(wheelPage.host.locator('#cw-level-0')).toBeVisible();
  expect(fetched).toContain('/dist/competence-wheel.rate.wasm');
  expect(besidesRating(fetched)).toEqual(['/dist/competence-wheel.wasm']);

  await setMode(wheelPage, 'group');
  await expect(wheelPage.host.getByRole('heading', { name: 'Gruppens hjul' })).toBeVisible();
  await expect(wheelPage.host.getByLabel(/Indsæt deltagernes koder/)).toBeEditable();
  // The group's chunk (and any small chunk it shares with another view),
  // nothing of presenting or the profile.
  expect(fetched).toContain('/dist/competence-wheel.group.wasm');
  expect(fetched.filter((url) => /present|profile/.test(url))).toEqual([]);
  // Back and forth: the chunk is fetched once, and shown at once afterwards.
  await setMode(wheelPage, 'rate');
  await wheelPage.ready();
  await setMode(wheelPage, 'group');
  await expect(wheelPage.host.getByRole('heading', { name: 'Gruppens hjul' })).toBeVisible();
  expect(fetched.filter((url) => url === '/dist/competence-wheel.group.wasm')).toHaveLength(1);
});

test('presenting and the profile fetch their chunks only when first used', async ({ page }) => {
  const fetched = wasmRequests(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  // No rating yet: the profile would show nothing, so it is not fetched.
  await expect(wheelPage.host.getByRole('button', { name: 'Vis din profil' })).toBeVisible();
  expect(besidesRating(fetched)).toEqual(['/dist/competence-wheel.wasm']);

  await wheelPage.host.getByRole('button', { name: 'Vis din profil' }).click();
  await expect(wheelPage.host.getByRole('heading', { name: 'Din profil' })).toBeVisible();
  expect(fetched).toContain('/dist/competence-wheel.profile.wasm');
  expect(fetched.some((url) => url.includes('present'))).toBe(false);

  await setMode(wheelPage, 'present');
  await expect(wheelPage.host.getByRole('button', { name: 'Fuld skærm' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(wheelPage.heading).toHaveText(segments[0].title);
  expect(fetched).toContain('/dist/competence-wheel.present.wasm');
});

test('the share box fetches its chunk only when "Del anonymt" first opens it', async ({ page }) => {
  const fetched = wasmRequests(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await wheelPage.segment(segments[0].id).click();
  await wheelPage.expectPanel(segments[0]);
  expect(fetched.filter((url) => url.includes('share'))).toEqual([]);

  const share = wheelPage.host.getByRole('button', { name: 'Del anonymt' });
  await share.click();
  await expect(wheelPage.host.locator('.cw-share__code')).toBeVisible();
  expect(fetched).toContain('/dist/competence-wheel.share.wasm');
  // Closed and opened again: shown at once, fetched once.
  await share.click();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveCount(0);
  await share.click();
  await expect(wheelPage.host.locator('.cw-share__code')).toBeVisible();
  expect(fetched.filter((url) => url.includes('share'))).toHaveLength(1);
});

test('a chunk that cannot be fetched: a calm message, the wheel still works, and it can be tried again', async ({ page }, info) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A real failure (the page stays) is reported in the console too, at once;
  // only one on a page being left is not (xtask/src/dist.rs, loader_stubs).
  const logged = [];
  page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
  let blocked = true;
  await page.route(GROUP_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'group');
  await wheelPage.ready();

  const alert = wheelPage.host.getByRole('alert').filter({ hasText: 'Denne del kunne ikke hentes' });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(/Resten af hjulet virker som før\./);
  await expect(wheelPage.host.getByRole('heading', { name: 'Gruppens hjul' })).toHaveCount(0);
  expect(logged).toContainEqual(expect.stringMatching(/^TypeError: Failed to fetch/));
  await page.screenshot({ path: info.outputPath('chunk-failed.png'), fullPage: true });
  await expectNoAxeViolations(page);

  // The rest of the widget keeps working: a part opens with its text.
  await wheelPage.segment(segments[2].id).click();
  await wheelPage.expectPanel(segments[2]);

  // Back online, "Prøv igen" fetches the chunk and shows the group view.
  blocked = false;
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(wheelPage.host.getByRole('heading', { name: 'Gruppens hjul' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a chunk cut off while the page is being left is reported only if the page stays, after a wait a page really left never sees', async ({ page }) => {
  // Firefox cuts off a page's fetches once a navigation away from it has
  // begun (after `beforeunload`), and the page being left logged each as an
  // error (issue 28; xtask/src/dist.rs, loader_stubs). Here the page hears
  // `beforeunload` while the group's chunk is on its way, the chunk is cut
  // off, and the page stays (a link that became a download): the failure is
  // still reported, in the console and in the widget, but 5 s later.
  const logged = [];
  page.on('console', (message) => message.type() === 'error' && logged.push({ text: message.text(), at: Date.now() }));
  let held;
  const asked = new Promise((resolve) => {
    page.route(GROUP_CHUNK, (route) => {
      held = route;
      resolve();
    });
  });
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'group');
  await asked;
  await page.evaluate(() => dispatchEvent(new Event('beforeunload')));
  const cutOff = Date.now();
  await held.abort('aborted');

  const alert = wheelPage.host.getByRole('alert').filter({ hasText: 'Denne del kunne ikke hentes' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  const waited = Date.now() - cutOff;
  expect(waited, 'the failure shown this long after the chunk was cut off (ms)').toBeGreaterThanOrEqual(4_900);
  expect(logged.map(({ text }) => text)).toContainEqual(expect.stringMatching(/^TypeError: Failed to fetch/));
  expect(logged.filter(({ at }) => at - cutOff < 4_900), 'errors logged before the wait was over').toEqual([]);

  // "Prøv igen" fetches it, as after any failure.
  await page.unroute(GROUP_CHUNK);
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(wheelPage.host.getByRole('heading', { name: 'Gruppens hjul' })).toBeVisible();
});

test('a src wheel is read by a chunk: the built-in wheel never fetches it; when it cannot come, a calm message, and it can be tried again', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fetched = wasmRequests(page);
  let blocked = true;
  await page.route(READER_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await wheelPage.segment(segments[1].id).click();
  await wheelPage.expectPanel(segments[1]);
  expect(fetched.filter((url) => /reader/.test(url))).toEqual([]);

  await wheelPage.host.evaluate((el) => el.setAttribute('src', '/wheels/eksempel-digital-forvaltning.da.json'));
  const alert = wheelPage.host.getByRole('alert').filter({ hasText: 'Hjulet kunne ikke hentes' });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(/Tjek forbindelsen, og prøv igen\./);
  await expect(wheelPage.host.locator('.cw-seg')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Back online, "Prøv igen" fetches the reader and shows the file's wheel.
  blocked = false;
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(alert).toHaveCount(0);
  await expect(wheelPage.host.locator('.cw-seg').first()).toBeVisible();
  await expect(wheelPage.host.locator('.cw-seg')).toHaveCount(26);
  expect(fetched).toContain('/dist/competence-wheel.reader.wasm');
  expect(errors).toEqual([]);
});

test('the editor is a chunk: rating never fetches it, the editor page does', async ({ page }) => {
  const fetched = wasmRequests(page);
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'rate');
  await wheelPage.ready();
  await wheelPage.segment(segments[1].id).click();
  await wheelPage.expectPanel(segments[1]);
  expect(fetched.filter((url) => url === '/dist/competence-wheel.editor.wasm')).toEqual([]);

  // The editor links its own stylesheet, named with the widget stylesheet's hash.
  const editorStyles = page.waitForResponse(/\/dist\/competence-wheel-editor\.[0-9a-f]{10}\.css$/);
  await page.goto('/dist/editor.html');
  const editor = page.locator('competence-wheel').first();
  await expect(editor.locator('.cwe-title')).toHaveText('Tilpas hjulet');
  expect(fetched.filter((url) => url === '/dist/competence-wheel.editor.wasm')).toHaveLength(1);
  const styles = await editorStyles;
  expect(styles.status()).toBe(200);
  const widgetStyles = await editor.evaluate((el) => el.shadowRoot.querySelector('link[rel=stylesheet]').href);
  expect(styles.url().split('.').at(-2)).toBe(widgetStyles.split('.').at(-2));
});

test('an English editor whose chunk cannot be fetched says so in English, and tries again', async ({ page }) => {
  let blocked = true;
  await page.route(EDITOR_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  const dir = new URL('../../target/plain/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const name = `editor-en-${process.pid}.html`;
  writeFileSync(new URL(name, dir), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title><script type="module" src="/dist/competence-wheel.js"></script></head><body><main><h1>Intranet</h1><competence-wheel mode="edit" lang="en"></competence-wheel></main></body></html>');
  await page.goto(`/plain/${name}`);
  const editor = page.locator('competence-wheel');
  // Outside a widget's context, the loading and failed lines still follow
  // the element's language.
  const alert = editor.getByRole('alert').filter({ hasText: 'This part could not be fetched' });
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(page);
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(editor.locator('.cwe-title')).toHaveText('Adapt the wheel');
  await expect(alert).toHaveCount(0);
});

test('English is a chunk: a widget on an English page whose chunk cannot be fetched says so in English, and tries again', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fetched = wasmRequests(page);
  let blocked = true;
  await page.route(ENGLISH_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  const dir = new URL('../../target/plain/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const name = `english-${process.pid}.html`;
  // No lang attribute on the element: it follows the page's.
  writeFileSync(new URL(name, dir), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title><script type="module" src="/dist/competence-wheel.js"></script></head><body><main><h1>Intranet</h1><competence-wheel id="first"></competence-wheel><competence-wheel id="second" storage-key="second"></competence-wheel></main></body></html>');
  await page.goto(`/plain/${name}`);
  const widget = page.locator('#first');
  const second = page.locator('#second');
  const alert = widget.getByRole('alert').filter({ hasText: 'The English texts could not be fetched' });
  await expect(alert).toBeVisible();
  await expect(second.getByRole('alert')).toHaveText(/The English texts could not be fetched/);
  await expect(widget.locator('.cw-seg')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Back online, one press mends every widget on the page.
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(second.locator('.cw-seg')).toHaveCount(16);
  await expect(second.getByRole('alert')).toHaveCount(0);
  await expect(widget.locator('.cw')).toHaveAttribute('lang', 'en');
  await expect(widget.locator('.cw-seg')).toHaveCount(16);
  await widget.locator('[data-segment="dataanvendelse"]').click();
  await expect(widget.getByRole('heading', { name: 'Use of data' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(fetched.filter((url) => url === '/dist/competence-wheel.en.wasm').length).toBeGreaterThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('the Danish editor waits for English too (it offers both KL wheels), and says so in Danish when it cannot come', async ({ page }) => {
  let blocked = true;
  await page.route(ENGLISH_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/dist/editor.html');
  const editor = page.locator('competence-wheel').first();
  const alert = editor.getByRole('alert').filter({ hasText: 'De engelske tekster kunne ikke hentes' });
  await expect(alert).toBeVisible();
  blocked = false;
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(editor.locator('.cwe-title')).toHaveText('Tilpas hjulet');
});
