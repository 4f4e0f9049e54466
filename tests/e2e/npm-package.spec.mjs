// The npm package as an intranet team meets it: `npm pack` in dist/, the
// tarball installed offline into a scratch project, the widget loaded from
// node_modules in a browser under a strict CSP, and `tsc --strict` on a
// consumer that uses the types (passes) and one that misuses an event's
// detail (fails, with the errors that misuse deserves and no others).
import { test, expect } from './helpers.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { WheelPage, parts, rateByMouse, unhashed } from './helpers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const cargoVersion = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"$/m)[1];

// One scratch project for the file's tests: packing and installing run once.
test.describe.configure({ mode: 'serial' });

let scratch;
let packed;
let server;
let origin;
const installed = () => join(scratch, 'node_modules/kompetencehjulet');

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  scratch = mkdtempSync(join(tmpdir(), 'cw-npm-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: dist,
    encoding: 'utf8',
  });
  [packed] = JSON.parse(out);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'intranet', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', join(scratch, packed.filename), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: scratch, encoding: 'utf8' },
  );
  // The intranet's page: the script from node_modules and the element,
  // plus a script of its own that listens to the widget and reads the module.
  writeFileSync(
    join(scratch, 'index.html'),
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title>
<script type="module" src="/node_modules/kompetencehjulet/competence-wheel.js" blocking="render"></script>
<script type="module" src="/page.js"></script></head>
<body><main><h1>Kompetencer</h1><competence-wheel></competence-wheel></main></body></html>`,
  );
  writeFileSync(
    join(scratch, 'page.js'),
    `import { version, CompetenceWheelElement } from '/node_modules/kompetencehjulet/competence-wheel.js';
window.cwModule = { version, observed: CompetenceWheelElement.observedAttributes };
window.cwRates = [];
document.addEventListener('competence-wheel-rate', (event) => window.cwRates.push(event.detail));`,
  );
  // A static server for the scratch project, with the policy the README
  // promises the widget works under.
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(scratch, path === '/' ? 'index.html' : path);
    if (!file.startsWith(scratch) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('npm pack in dist/ gives a tarball of every dist file, which installs offline', { tag: '@long' }, () => {
  const inTarball = packed.files.map((f) => f.path).sort();
  const inDist = readdirSync(dist).sort();
  expect(inTarball).toEqual(inDist);
  for (const file of [
    'package.json',
    'competence-wheel.js',
    'competence-wheel.wasm',
    'competence-wheel.css',
    'competence-wheel.d.ts',
    'custom-elements.json',
    'THIRD-PARTY-NOTICES.txt',
    'LICENSE-MIT',
    'LICENSE-APACHE',
    'README.md',
  ]) {
    // Every file but the entry and the pages carries a content hash.
    expect(inTarball.map(unhashed), file).toContain(file);
  }
  const manifest = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8'));
  expect(manifest).toMatchObject({
    name: 'kompetencehjulet',
    version: cargoVersion,
    type: 'module',
    license: 'MIT OR Apache-2.0',
    types: './competence-wheel.d.ts',
    customElements: './custom-elements.json',
    sideEffects: ['./competence-wheel.js'],
  });
  expect(Object.keys(manifest.exports['.'])).toEqual(['types', 'default']);
  // Hashed files are exported by their plain names too, stable across releases.
  expect(manifest.exports['./competence-wheel.css']).toMatch(/^\.\/competence-wheel\.[0-9a-f]{10}\.css$/);
  expect(manifest.exports['./competence-wheel.wasm']).toMatch(/^\.\/competence-wheel\.[0-9a-f]{10}\.wasm$/);
  const notices = readFileSync(join(installed(), 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  for (const crate of ['yew', 'wasm-bindgen', 'web-sys', 'js-sys']) {
    expect(notices).toMatch(new RegExp(`^  ${crate} \\d`, 'm'));
  }
});

test('the widget installed from node_modules runs on a page under a strict CSP', { tag: '@long' }, async ({ page }) => {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const fetched = [];
  page.on('response', (r) => fetched.push([new URL(r.url()).pathname, r.status()]));
  const wheel = new WheelPage(page);
  await wheel.open(`${origin}/`);

  // A person rates a part; the host hears it and reads the ratings.
  const part = parts[4];
  await rateByMouse(wheel, part, 3);
  await expect.poll(() => page.evaluate(() => window.cwRates.length)).toBe(1);
  const rate = await page.evaluate(() => window.cwRates[0]);
  expect(rate).toMatchObject({ id: part.id, level: 3, target: null });
  const ratings = await page.evaluate(() => document.querySelector('competence-wheel').ratings);
  expect(ratings).toMatchObject({ format: 'competence-wheel-ratings', version: 1 });
  expect(ratings.ratings[part.id].level).toBe(3);

  // The attributes are properties too, each reflecting its attribute, and
  // the widget follows a property as it follows the attribute.
  await expect(wheel.host.locator('.cw-rating')).not.toHaveCount(0);
  const reflected = await page.evaluate(() => {
    const element = document.querySelector('competence-wheel');
    element.storageKey = 'team-a';
    element.readonly = true;
    const seen = [element.getAttribute('storage-key'), element.hasAttribute('readonly'), element.storageKey, element.readonly];
    element.readonly = false;
    element.storageKey = null;
    element.mode = 'explore';
    return [...seen, element.hasAttribute('readonly'), element.hasAttribute('storage-key'), element.getAttribute('mode')];
  });
  expect(reflected).toEqual(['team-a', true, 'team-a', true, false, false, 'explore']);
  // Explore shows no rating controls.
  await expect(wheel.host.locator('.cw-rating')).toHaveCount(0);

  // The module says which release it is, and the element observes exactly
  // the attributes the installed manifest lists.
  const module = await page.evaluate(() => window.cwModule);
  expect(module.version).toBe(cargoVersion);
  const elements = JSON.parse(readFileSync(join(installed(), 'custom-elements.json'), 'utf8'));
  const declaration = elements.modules[0].declarations.find((d) => d.tagName === 'competence-wheel');
  expect([...module.observed].sort()).toEqual(declaration.attributes.map((a) => a.name).sort());
  // Every part the widget shows is in the manifest.
  const shown = await page.evaluate(() =>
    [...document.querySelector('competence-wheel').shadowRoot.querySelectorAll('[part]')].map((e) =>
      e.getAttribute('part'),
    ),
  );
  const listed = declaration.cssParts.map((p) => p.name);
  expect(shown.length).toBeGreaterThan(0);
  for (const name of shown) expect(listed).toContain(name);

  // Everything came from the installed package, and nothing failed.
  const widgetFiles = fetched.filter(([path]) => path.startsWith('/node_modules/kompetencehjulet/'));
  expect(widgetFiles.map(([path]) => unhashed(path))).toEqual(
    expect.arrayContaining([
      '/node_modules/kompetencehjulet/competence-wheel.js',
      '/node_modules/kompetencehjulet/competence-wheel.css',
      '/node_modules/kompetencehjulet/competence-wheel.wasm',
    ]),
  );
  expect(fetched.filter(([, status]) => status >= 400)).toEqual([]);
  expect(problems).toEqual([]);
});

/** A consumer that uses the whole typed API. */
const goodConsumer = `import { mount, version, CompetenceWheelElement } from 'kompetencehjulet';
import type { Mode, MountOptions, PartRating, RateDetail, RatingsDocument, SelectDetail, Widget } from 'kompetencehjulet';

const wheel = document.querySelector('competence-wheel');
if (wheel) {
  const element: CompetenceWheelElement = wheel;
  element.addEventListener('competence-wheel-rate', (event) => {
    const level: number | null = event.detail.level;
    const target: number | null = event.detail.target;
    const detail: RateDetail = event.detail;
    console.log(level, target, detail.id, detail.title, detail.dimension);
  });
  element.addEventListener('competence-wheel-select', (event) => {
    const kind: 'dimension' | 'part' = event.detail.kind;
    const detail: SelectDetail = event.detail;
    console.log(kind, detail.id, detail.title, detail.dimension);
  });
  const saved: RatingsDocument | null = element.ratings;
  if (saved) {
    const one: PartRating | undefined = saved.ratings['innovation'];
    const level: number | undefined = one?.level;
    console.log(saved.wheel, saved.version, level, one?.updated);
    element.ratings = saved;
  }
  element.ratings = { innovation: 4 };
  element.ratings = '{"innovation":4}';
  element.mode = 'explore';
  element.src = null;
  element.storageKey = 'team';
  element.readonly = !element.readonly;
  const mode: Mode | null = element.mode;
  const key: string | null = element.storageKey;
  console.log(mode, key, element.src);
}
document.addEventListener('competence-wheel-rate', (event) => console.log(event.detail.level?.toFixed()));
window.addEventListener('competence-wheel-select', (event) => console.log(event.detail.kind));
const created = document.createElement('competence-wheel');
const observed: string[] = CompetenceWheelElement.observedAttributes;
const options: MountOptions = { lang: 'en', mode: 'explore', src: '/wheel.json', storageKey: 'team', readonly: true };
const widget: Widget = await mount(document.body, options);
widget.update({ mode: 'rate' });
const ratings: RatingsDocument | null = widget.ratings;
widget.ratings = { innovation: 2 };
widget.destroy();
const release: string = version;
console.log(created.ratings, observed, ratings, release);
`;

/** A consumer that misuses an event's detail. */
const badConsumer = `import 'kompetencehjulet';

document.querySelector('competence-wheel')?.addEventListener('competence-wheel-rate', (event) => {
  const level: number = event.detail.level;
  console.log(level, event.detail.kind);
});
`;

let checked;
/**
 * Runs `tsc --strict --noEmit` once over both consumers of the installed
 * package (reading lib.dom.d.ts is most of tsc's time: 10–40 s on a loaded
 * 2-core machine, so one run, not one per consumer), and returns its exit
 * status and its errors: each consumer's by file, and any that name neither.
 */
function typecheck() {
  test.setTimeout(150_000);
  if (checked) return checked;
  const consumers = { good: goodConsumer, bad: badConsumer };
  for (const [name, source] of Object.entries(consumers)) writeFileSync(join(scratch, `${name}.ts`), source);
  writeFileSync(
    join(scratch, 'tsconfig.consumers.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: Object.keys(consumers).map((name) => `${name}.ts`),
    }),
  );
  const result = spawnSync(
    join(root, 'node_modules/.bin/tsc'),
    ['--strict', '--noEmit', '--pretty', 'false', '-p', join(scratch, 'tsconfig.consumers.json')],
    { cwd: scratch, encoding: 'utf8' },
  );
  const errors = result.stdout.split('\n').filter((l) => l.includes('error TS'));
  const of = (name) => errors.filter((l) => l.startsWith(`${name}.ts(`));
  checked = {
    status: result.status,
    errors,
    good: of('good'),
    bad: of('bad'),
    other: errors.filter((l) => !Object.keys(consumers).some((name) => l.startsWith(`${name}.ts(`))),
  };
  return checked;
}

test('tsc --strict accepts a consumer that uses the whole typed API', { tag: '@long' }, () => {
  const { status, errors, good, other } = typecheck();
  expect(good).toEqual([]);
  expect(other).toEqual([]);
  // tsc ran to the end: it exits 0 exactly when it reports no error.
  expect(status === 0, `tsc exited ${status}`).toBe(errors.length === 0);
});

test('tsc --strict rejects a consumer that misuses an event detail', { tag: '@long' }, () => {
  const { status, bad, other } = typecheck();
  expect(status).not.toBe(0);
  expect(other).toEqual([]);
  // A level may be null (the rating was cleared); a rate event has no kind.
  expect(bad).toEqual([
    expect.stringMatching(/^bad\.ts\(4,9\): error TS2322: Type 'number \| null' is not assignable to type 'number'/),
    expect.stringMatching(/^bad\.ts\(5,35\): error TS2339: Property 'kind' does not exist on type 'RateDetail'/),
  ]);
});
