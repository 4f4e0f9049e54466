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
    '**/dist/competence-wheel.chunks.*.js',
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
  // The chunk loaders' module has its content hash in its name.
  expect(fetched).toContainEqual(expect.stringMatching(/^\/dist\/competence-wheel\.chunks\.[0-9a-f]+\.js\?cw-restart=1$/));
});
