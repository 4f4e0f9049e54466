// Dropping the widget into someone else's page: isolation, strict CSP,
// several instances, attributes, host events, the ratings property, custom
// wheels and every way loading can fail.
import { test, expect } from './helpers.mjs';
import {
  WheelPage, parts, segments, wheel as klWheel, rateByMouse, labelsOutsideSegments, expectNoAxeViolations,
} from './helpers.mjs';

// The main module, by its content-hashed name (see xtask/src/dist.rs).
const MAIN_WASM = /\/dist\/competence-wheel\.[0-9a-f]{10}\.wasm$/;

/** Records CSP violations, console errors and page errors from the start. */
async function watch(page) {
  const problems = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return async () => {
    const violations = await page.evaluate(() => window.__cspViolations);
    return [...problems, ...violations.map((v) => `csp: ${v}`)];
  };
}

test('the example intranet page works under its strict CSP, with its own stylesheet and two widgets', async ({ page }, info) => {
  const problems = await watch(page);
  const response = await page.goto('/examples/intranet.html');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const kl = new WheelPage(page, page.locator('#kl'));
  const own = new WheelPage(page, page.locator('#own'));
  await kl.ready();
  await expect(own.host.locator('.cw-seg')).toHaveCount(5 + 21);
  // The two widgets are independent: opening in one leaves the other closed.
  await kl.segment('innovation').click();
  await kl.expectPanel(parts.at(-1));
  await expect(own.host.locator('[aria-expanded="true"]')).toHaveCount(0);
  await own.segment('data-visualisering').click();
  await expect(own.heading).toHaveText('Grafer');
  await expect(kl.heading).toHaveText('Innovation');
  // The theme's colours and font reach the widget.
  const font = await kl.host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.cw')).fontFamily);
  expect(font).toContain('Georgia');
  await expect(kl.segment('anvendelse').locator('path').first()).toHaveAttribute('fill', '#14213d');
  await page.screenshot({ path: info.outputPath('intranet.png'), fullPage: true });
  expect(await problems()).toEqual([]);
});

test('hostile page CSS changes nothing in the widget', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 1400 });
  const shoot = async (path) => {
    await page.goto(path);
    const wheel = new WheelPage(page, page.locator('#compare'));
    await wheel.ready();
    await wheel.segment('dataanvendelse').click();
    await wheel.expectPanel(parts[1]);
    await page.mouse.move(0, 0);
    return wheel.host.screenshot({ animations: 'disabled' });
  };
  const clean = await shoot('/examples/clean.html');
  const hostile = await shoot('/examples/hostile.html');
  expect(hostile.equals(clean), 'the widget looks the same on both pages').toBe(true);
});

test("the widget's CSS stays in its shadow root, and it adds no globals", async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/examples/clean.html');
  await page.evaluate(() => { window.__before = Object.keys(window); });
  const wheel = new WheelPage(page, page.locator('#compare'));
  await wheel.ready();
  const added = await page.evaluate(() => Object.keys(window).filter((k) => !window.__before.includes(k) && k !== '__before'));
  expect(added).toEqual([]);
  // No stylesheet reached the document; the widget's lives in its shadow root.
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
  expect(await wheel.host.evaluate((el) => el.shadowRoot.styleSheets.length)).toBe(1);
  expect(await problems()).toEqual([]);
});

test('the demo page has no CSP violations or console errors either', async ({ page }) => {
  const problems = await watch(page);
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 3);
  expect(await problems()).toEqual([]);
});

test('attribute changes take effect without a reload', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 3);
  const set = (name, value) => wheel.host.evaluate((el, [n, v]) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)), [name, value]);

  await set('lang', 'en');
  await expect(wheel.host.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(wheel.host.locator('.cw')).toHaveAttribute('lang', 'en');
  await expect(wheel.host.getByText('Where are you today?')).toBeVisible();
  await set('lang', null);
  await expect(wheel.host.getByRole('button', { name: 'Luk' })).toBeVisible();

  await set('readonly', '');
  await wheel.segment(parts[0].id).click();
  await wheel.segment(parts[0].id).click();
  await expect(wheel.host.locator('#cw-level-3')).toBeDisabled();
  await expect(wheel.host.getByRole('button', { name: 'Nulstil' })).toHaveCount(0);
  await set('readonly', null);
  await expect(wheel.host.locator('#cw-level-3')).toBeEnabled();

  await set('mode', 'explore');
  await expect(wheel.host.locator('.cw-toolbar')).toHaveCount(0);
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(0);
  await set('mode', 'rate');
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(1);

  await set('storage-key', 'another-person');
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(0);
  await set('storage-key', null);
  await expect(wheel.host.locator('.cw-seg__level')).toHaveCount(1);

  await set('src', '/wheels/eksempel-digital-forvaltning.da.json');
  await expect(wheel.host.locator('.cw-seg')).toHaveCount(26);
  await expect(wheel.host.locator('.cw__title')).toHaveText('Digital forvaltning – et eksempel på et eget hjul');
  // Its own four levels.
  await wheel.segment('data-visualisering').click();
  await expect(wheel.host.locator('input[name="cw-level"]')).toHaveCount(5);
  await expect(wheel.host.locator('.cw-rating__group--level').getByText('Jeg hjælper andre')).toBeVisible();
});

test('the language follows the page when the element has none', async ({ page }) => {
  await page.goto('/examples/mount.html');
  const host = page.locator('#wheel');
  await expect(host.locator('.cw-seg')).toHaveCount(16);
  await expect(host.locator('.cw')).toHaveAttribute('lang', 'en');
  await expect(host.getByText('Choose a part of the wheel')).toBeVisible();
});

test('mount() renders from code and returns a handle', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/examples/mount.html');
  const host = new WheelPage(page, page.locator('#wheel'));
  await host.ready();
  await expect(host.host.locator('.cw-toolbar')).toHaveCount(0);
  await host.host.evaluate((el) => el.handle.update({ mode: 'rate', lang: 'da' }));
  await expect(host.host.locator('.cw-toolbar')).toHaveCount(1);
  await host.host.evaluate((el) => el.handle.destroy());
  await expect(host.host.locator('.cw-seg')).toHaveCount(0);
  expect(await problems()).toEqual([]);
});

test('host events: select and rate bubble out of the shadow root with ids, titles and values', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ['competence-wheel-select', 'competence-wheel-rate']) {
      document.addEventListener(name, (e) => window.__events.push({ type: e.type, detail: e.detail, target: e.target.tagName }));
    }
  });
  await wheel.segment(parts[2].id).click();
  await wheel.host.locator('#cw-level-4').check();
  await wheel.host.locator('#cw-target-5').check();
  const events = await page.evaluate(() => window.__events);
  expect(events[0]).toEqual({
    type: 'competence-wheel-select',
    target: 'COMPETENCE-WHEEL',
    detail: { id: parts[2].id, kind: 'part', title: parts[2].title, dimension: 'anvendelse' },
  });
  expect(events[1].detail).toEqual({ id: parts[2].id, title: parts[2].title, dimension: 'anvendelse', level: 4, target: null });
  expect(events[2].detail).toMatchObject({ level: 4, target: 5 });
  expect(events).toHaveLength(3);
});

test('the ratings property reads and replaces the ratings', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateByMouse(wheel, parts[0], 2);
  const read = () => wheel.host.evaluate((el) => el.ratings);
  expect((await read()).ratings[parts[0].id].level).toBe(2);
  await wheel.host.evaluate((el) => { el.ratings = { innovation: 5, udvikling: 1 }; });
  await expect(wheel.segment('innovation').locator('.cw-seg__level')).toHaveCount(1);
  await expect(wheel.segment(parts[0].id).locator('.cw-seg__level')).toHaveCount(0);
  const after = await read();
  expect(after.ratings.innovation.level).toBe(5);
  const refused = await wheel.host.evaluate((el) => {
    try { el.ratings = { version: 1, wheel: 'another', ratings: {} }; return null; } catch (e) { return `${e.name}: ${e.message}`; }
  });
  expect(refused).toMatch(/^TypeError: .*another wheel/);
  expect((await read()).ratings.innovation.level).toBe(5);
});

/** A broken copy of the KL wheel, served at /broken/<name>.json. */
async function serveWheel(page, name, body) {
  await page.route(`**/broken/${name}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }));
}

const klText = JSON.stringify(klWheel, null, 2);
const edited = (edit) => { const w = structuredClone(klWheel); edit(w); return JSON.stringify(w, null, 2); };

const badWheels = [
  ['syntax', klText.replace('"Innovation"', '"Innovation",,'), ['ikke gyldig JSON', 'linje ']],
  ['wrong-type', edited((w) => { w.dimensions[1].parts[2].title = 7; }), ['forventede type', '$.dimensions[1].parts[2].title', 'linje ']],
  ['duplicate-ids', edited((w) => { w.dimensions[2].parts[0].id = 'innovation'; }), ['»innovation«', 'mere end én gang']],
  ['empty-dimension', edited((w) => { w.dimensions[3].parts = []; }), ['mindst ét element', '$.dimensions[3].parts']],
  ['too-long', edited((w) => { w.dimensions[0].intro = 'x'.repeat(2001); }), ['længere end 2000 tegn', '$.dimensions[0].intro']],
  ['too-many', edited((w) => { w.dimensions[0].parts = Array.from({ length: 65 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, description: 'd' })); }), ['flere end 64', '$.dimensions[0].parts']],
];

for (const [name, body, messages] of badWheels) {
  test(`a wheel file with ${name} shows what is wrong and where`, async ({ page }) => {
    await serveWheel(page, name, body);
    const wheel = new WheelPage(page);
    await wheel.open();
    await wheel.host.evaluate((el, src) => el.setAttribute('src', src), `/broken/${name}.json`);
    const failed = wheel.host.locator('.cw-failed');
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('Hjulet kan ikke vises');
    for (const message of messages) {
      await expect(failed).toContainText(message);
    }
    await expectNoAxeViolations(page);
  });
}

test('a wheel file with two equal labels still loads, and the console says which', async ({ page }) => {
  // The editor gave a dimension the short label of one of its parts.
  await serveWheel(page, 'same-label', edited((w) => { w.dimensions[3].short = 'Udvikling'; }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.host.evaluate((el) => el.setAttribute('src', '/broken/same-label.json'));
  await expect.poll(() => warnings.join('\n')).toContain(
    '/broken/same-label.json: $.dimensions[3].parts[1].title and $.dimensions[3].short both read "Udvikling"');
  await expect(wheel.host.locator('.cw-failed')).toHaveCount(0);
  await wheel.segment('udvikling').click();
  await expect(wheel.heading).toHaveText('Udvikling');
});

test('a wheel file that cannot be fetched says so', async ({ page }) => {
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.host.evaluate((el) => el.setAttribute('src', '/wheels/no-such-wheel.json'));
  await expect(wheel.host.locator('.cw-failed')).toContainText('kunne ikke hentes');
  await expect(wheel.host.locator('.cw-failed')).toContainText('Serveren svarede 404.');
});

test('a script in a wheel text is shown as text, never run', async ({ page }) => {
  const payload = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
  await serveWheel(page, 'script', edited((w) => { w.dimensions[0].parts[0].title = payload; w.dimensions[0].parts[0].description = payload; }));
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.host.evaluate((el) => el.setAttribute('src', '/broken/script.json'));
  await wheel.segment('brugerkompetencer').click();
  await expect(wheel.heading).toHaveText(payload);
  await expect(wheel.panel.locator('.cw-panel__text').first()).toHaveText(payload);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await wheel.host.evaluate((el) => el.shadowRoot.querySelectorAll('script, img').length)).toBe(0);
});

test('if the .wasm cannot be fetched, the widget says so in place', async ({ page }) => {
  await page.route(MAIN_WASM, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  const failed = page.locator('competence-wheel').locator('.cw-failed');
  await expect(failed).toHaveText('Kompetencehjulet kunne ikke indlæses. Prøv at genindlæse siden.');
});

test('a light placeholder shows until the wheel is ready', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(MAIN_WASM, async (route) => { await held; await route.continue(); });
  await page.goto('/');
  await expect(page.locator('competence-wheel').locator('.cw-placeholder')).toHaveText('Indlæser kompetencehjulet …');
  release();
  await new WheelPage(page).ready();
  await expect(page.locator('competence-wheel').locator('.cw-placeholder')).toHaveCount(0);
});

for (const width of [768, 1440]) {
  test(`the uneven example wheel keeps its labels inside at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto('/examples/intranet.html');
    const own = page.locator('#own');
    await expect(own.locator('.cw-seg__label')).toHaveCount(26);
    expect(await labelsOutsideSegments(own)).toEqual([]);
  });
}

test('in a dark colour scheme the widget is dark and still passes axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const wheel = new WheelPage(page);
  await wheel.open();
  const background = await wheel.host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.cw')).backgroundColor);
  expect(background).toBe('rgb(26, 26, 26)');
  await wheel.segment(parts[0].id).click();
  await expectNoAxeViolations(page);
  expect(segments.length).toBe(16);
});
