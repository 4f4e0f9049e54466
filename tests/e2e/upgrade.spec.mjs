// An upgrade never pairs an old chunk with a new main module. Every file in
// dist/ but the entry (competence-wheel.js) and the pages carries a content
// hash in its name; the server sends those with a year's `immutable` cache and
// the entry and pages with `no-cache`, as the README tells an intranet to. A
// browser that used one upload of dist/ (and kept all of it in its cache)
// meets a new upload at the same address: it must run the new upload whole,
// never an old file from its cache beside new ones.
//
// The new upload is made from the built dist/ rather than by a second build
// (minutes): every file gets different bytes (a custom section in each wasm,
// a comment in each script, a rule in each stylesheet) and, where its name
// carries a hash, a new hash, and every name in the entry, the loaders and
// the pages is rewritten. What a real rebuild changes (the bytes, and so the
// names) changes here; the test needs no build of its own.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { WheelPage, parts, rateByMouse } from './helpers.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const SITE = `upgrade-${process.pid}`;
const SITE_DIR = new URL(`../../target/plain/${SITE}/`, import.meta.url);
const UPLOAD_DIR = new URL('dist/', SITE_DIR);
const PAGE = `/plain/${SITE}/`;
const HASH = /\.([0-9a-f]{10})(\.[a-z]+)$/;

/** dist/ as built: name → bytes (without the precompressed siblings). */
function built() {
  return new Map(readdirSync(DIST)
    .filter((name) => !name.endsWith('.gz') && !name.endsWith('.br'))
    .map((name) => [name, readFileSync(new URL(name, DIST))]));
}

/** A wasm custom section (ignored by the engine) that makes the bytes differ. */
function customSection(text) {
  const name = Buffer.from('upload');
  const payload = Buffer.from(text);
  const size = 1 + name.length + payload.length;
  return Buffer.concat([Buffer.from([0, size, name.length]), name, payload]);
}

/** The next upload of `files`: other bytes in every file, a new hash in every hashed name. */
function nextUpload(files) {
  const renamed = new Map();
  for (const name of files.keys()) {
    const hash = name.match(HASH)?.[1];
    if (hash) {
      const next = createHash('sha256').update(`next ${hash}`).digest('hex').slice(0, 10);
      renamed.set(name, name.replace(HASH, `.${next}$2`));
    }
  }
  const next = new Map();
  for (const [name, bytes] of files) {
    let body;
    if (name.endsWith('.wasm')) {
      body = Buffer.concat([bytes, customSection('the next upload')]);
    } else {
      let text = bytes.toString('utf8');
      for (const [before, after] of renamed) text = text.replaceAll(before, after);
      if (name.endsWith('.js')) text += '\n// the next upload\n';
      // Seen on the widget's host: the new stylesheet is the one in use.
      if (name.endsWith('.css')) text += '\n:host{--cw-upload:next}\n';
      body = Buffer.from(text);
    }
    next.set(renamed.get(name) ?? name, body);
  }
  return next;
}

/** Puts `files` where the page loads dist/ from, as an upload replaces the folder. */
function upload(files) {
  rmSync(UPLOAD_DIR, { recursive: true, force: true });
  mkdirSync(UPLOAD_DIR, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(new URL(name, UPLOAD_DIR), bytes);
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Loads the page in a new tab of `context`, rates a part, opens the share box
 * and the profile (so the loaders and three chunks are fetched), and returns
 * every response from the upload's folder with its body, and what went wrong.
 */
async function useTheWidget(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const responses = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith(`${PAGE}dist/`)) {
      responses.push(response.body().then((body) => ({
        name: new URL(response.url()).pathname.slice(`${PAGE}dist/`.length),
        status: response.status(),
        cache: response.headers()['cache-control'],
        body,
      })));
    }
  });
  const wheelPage = new WheelPage(page);
  await wheelPage.open(PAGE);
  await rateByMouse(wheelPage, parts[0], 3);
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  await expect(wheelPage.host.locator('.cw-share__code')).toBeVisible();
  await wheelPage.host.getByRole('button', { name: 'Vis din profil' }).click();
  await expect(wheelPage.host.getByRole('heading', { name: 'Din profil' })).toBeVisible();
  const upload = await wheelPage.host.evaluate((el) => getComputedStyle(el).getPropertyValue('--cw-upload').trim());
  const fetched = await Promise.all(responses);
  await page.close();
  return { fetched, errors, upload };
}

test.afterAll(() => rmSync(SITE_DIR, { recursive: true, force: true }));

test('after a new upload of dist/, a browser that cached the old one runs the new one whole', async ({ browser }) => {
  const first = built();
  const second = nextUpload(first);
  mkdirSync(SITE_DIR, { recursive: true });
  writeFileSync(new URL('index.html', SITE_DIR), '<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranet</title><script type="module" src="dist/competence-wheel.js" blocking="render"></script></head><body><main><h1>Intranet</h1><competence-wheel storage-key="upgrade"></competence-wheel></main></body></html>');
  upload(first);
  // One browser profile, with its HTTP cache, for both visits (no request
  // routing here: Playwright turns the cache off for a routed context).
  const context = await browser.newContext();

  const before = await useTheWidget(context);
  expect(before.errors).toEqual([]);
  const names = before.fetched.map((file) => file.name);
  // The entry, the stylesheet, the main module, the loaders and three
  // chunks; everything but the entry by a hashed name, kept for a year.
  expect(names).toContain('competence-wheel.js');
  for (const file of before.fetched) {
    if (file.name === 'competence-wheel.js') {
      expect(file.cache).toBe('no-cache');
    } else {
      expect(file.name).toMatch(HASH);
      expect(file.cache, file.name).toBe('public, max-age=31536000, immutable');
    }
  }
  const plainNames = names.map((name) => name.replace(HASH, '$2'));
  for (const name of ['competence-wheel.wasm', 'competence-wheel.css', 'competence-wheel.chunks.js', 'competence-wheel.share.wasm', 'competence-wheel.profile.wasm']) {
    expect(plainNames).toContain(name);
  }

  upload(second);
  const after = await useTheWidget(context);
  // No trap, no error, and every file came from the new upload: no old
  // chunk, loader, stylesheet or module out of the cache.
  expect(after.errors).toEqual([]);
  const stale = after.fetched
    .filter((file) => file.status !== 200 || !second.has(file.name) || sha(file.body) !== sha(second.get(file.name)))
    .map((file) => `${file.name} (${file.status}${second.has(file.name) && file.status === 200 ? ', old bytes' : ''})`);
  expect(stale).toEqual([]);
  expect(after.fetched.map((file) => file.name.replace(HASH, '$2')).sort()).toEqual([...plainNames].sort());
  // The new stylesheet is the one in use.
  expect(after.upload).toBe('next');
  await context.close();
});
