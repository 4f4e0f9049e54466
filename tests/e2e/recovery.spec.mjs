// If the wasm ever traps or panics, the widget says so calmly and starts
// afresh on request, with the ratings kept. The trap here is a real one: the
// share chunk's functions are taken out of the function table as soon as
// the chunk is installed (only in this test, through a rewritten chunk
// loader), so the main module's first call into the chunk hits a null table
// entry and the engine throws a WebAssembly.RuntimeError.
import { test, expect, WheelPage, parts, rateByMouse, stored } from './helpers.mjs';

// The trap this test provokes, and nothing else, is expected.
test.use({ expectedErrors: [/RuntimeError/] });

const TRAPPING_INSTANTIATE = `async function cwTestTrapAfter(source, imports) {
  const table = imports.__wasm_split.__indirect_function_table;
  const before = Array.from({ length: table.length }, (_, i) => table.get(i));
  const result = await WebAssembly.instantiateStreaming(source, imports);
  if ((await source).url.includes('.share.')) {
    for (let i = 0; i < table.length; i += 1) if (before[i] === null && table.get(i) !== null) table.set(i, null);
  }
  return result;
}
`;

test('a wasm trap shows a calm message; Genindlæs starts a new instance with the ratings intact', async ({ page }) => {
  const wheelPage = new WheelPage(page);
  let rewritten = 0;
  await page.route(
    // The loaders' file carries a content hash in its name.
    /\/dist\/competence-wheel\.chunks\.[0-9a-f]{10}\.js$/,
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      rewritten = body.split('WebAssembly.instantiateStreaming(').length - 1;
      await route.fulfill({ response, body: TRAPPING_INSTANTIATE + body.replaceAll('WebAssembly.instantiateStreaming(', 'cwTestTrapAfter(') });
    },
    { times: 1 },
  );
  const trapped = page.waitForEvent('pageerror', (error) => /RuntimeError/.test(`${error.name} ${error.message}`));
  await wheelPage.open('/');
  const part = parts[2];
  await rateByMouse(wheelPage, part, 4);
  await expect(wheelPage.segment(part.id)).toHaveAttribute('aria-label', new RegExp(`niveau 4 af 5`));
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  await trapped;
  expect(rewritten).toBeGreaterThan(0);

  // Every widget on the page says what happened, and nothing else is left.
  const notice = wheelPage.host.getByRole('alert').filter({ hasText: 'Noget gik galt' });
  await expect(notice).toHaveText(/^Noget gik galt i kompetencehjulet\. Dine vurderinger er gemt\.\s*Genindlæs$/);
  await expect(wheelPage.host.locator('.cw-seg')).toHaveCount(0);
  expect((await stored(page)).ratings[part.id].level).toBe(4);

  // Genindlæs: a new instance of the module, the same ratings, and chunks work again.
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname + new URL(request.url()).search));
  await notice.getByRole('button', { name: 'Genindlæs' }).click();
  await wheelPage.ready();
  await expect(notice).toHaveCount(0);
  await expect(wheelPage.segment(part.id)).toHaveAttribute('aria-label', new RegExp(`niveau 4 af 5`));
  expect(fetched).toContain('/dist/competence-wheel.js?cw-restart=1');
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  expect(fetched.map((url) => url.replace(/\.[0-9a-f]{10}\.js/, '.js'))).toContain('/dist/competence-wheel.chunks.js?cw-restart=1');
});

// An allocation that fails ends the same way, but with no panic at all: on
// wasm32-unknown-unknown, when `memory.grow` fails (the engine cannot give
// the memory more room), Rust's allocator returns nothing, the allocation
// error handler aborts, and the wasm stops at a bare `unreachable` (issue
// 28's report: that RuntimeError and nothing before it). Here the main
// module's memory gets a maximum (only in this test, rewritten as it is
// fetched) and the test takes what is left of it once the wheel is drawn, so
// the allocator's next request for more memory fails: reading a file of
// 600 KB (below the import's 1 MiB limit), whose text needs more memory than
// the allocator has spare.
test('an allocation that fails (the memory cannot grow) shows the same calm message; Genindlæs starts afresh with the ratings intact', async ({ page }) => {
  const { withMaximum } = await import('../engines/max-memory.mjs');
  await page.addInitScript(() => {
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const instantiate = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        return instantiate.apply(this, args).then((result) => {
          const memory = (result.instance ?? result).exports?.memory;
          if (memory instanceof WebAssembly.Memory) window.cwTestMemory ??= memory;
          return result;
        });
      };
    }
  });
  let limited;
  await page.route(
    // The main module only (a chunk's name has its own part before the hash).
    /\/dist\/competence-wheel\.[0-9a-f]{10}\.wasm$/,
    async (route) => {
      const response = await route.fetch();
      const { module, after } = withMaximum(await response.body(), (min) => min + 64);
      limited = after;
      await route.fulfill({ status: 200, contentType: 'application/wasm', body: module });
    },
    { times: 1 },
  );
  const wheelPage = new WheelPage(page);
  await wheelPage.open('/');
  const part = parts[4];
  await rateByMouse(wheelPage, part, 2);
  await expect(wheelPage.segment(part.id)).toHaveAttribute('aria-label', /niveau 2 af 5/);
  expect(limited?.max).toBe(limited?.min + 64);
  // Nothing else on its way that could need memory first: the profile's
  // chunk (fetched after the first rating) installed, the "Gemt" mark gone.
  await expect(wheelPage.host.locator('#cw-profile')).toBeAttached();
  await expect(wheelPage.host.locator('.cw-rating__saved')).toHaveCount(0);

  // Take the memory's last pages: from here on, memory.grow fails.
  const trapped = page.waitForEvent('pageerror', (error) => /RuntimeError/.test(`${error.name} ${error.message}`));
  const taken = await page.evaluate(() => {
    let pages = 0;
    for (;;) {
      try {
        window.cwTestMemory.grow(1);
        pages += 1;
      } catch {
        return pages;
      }
    }
  });
  expect(taken).toBeGreaterThan(0);
  const padding = 'x'.repeat(600_000);
  await wheelPage.host.locator('input[type="file"]').setInputFiles({
    name: 'stor.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ [part.id]: 5, note: padding })),
  });
  const error = await trapped;
  expect(`${error.name}: ${error.message}`).not.toMatch(/panicked/);

  const notice = wheelPage.host.getByRole('alert').filter({ hasText: 'Noget gik galt' });
  await expect(notice).toHaveText(/^Noget gik galt i kompetencehjulet\. Dine vurderinger er gemt\.\s*Genindlæs$/);
  await expect(wheelPage.host.locator('.cw-seg')).toHaveCount(0);
  expect((await stored(page)).ratings[part.id].level).toBe(2);

  // A new instance, with a memory that grows again, and the rating kept.
  await notice.getByRole('button', { name: 'Genindlæs' }).click();
  await wheelPage.ready();
  await expect(notice).toHaveCount(0);
  await expect(wheelPage.segment(part.id)).toHaveAttribute('aria-label', /niveau 2 af 5/);
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
});
