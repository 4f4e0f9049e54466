// The widget's wasm memory over the worst realistic flow, in one engine:
// from a fresh page at the phone's size, all 12 parts rated with a level, a
// target and a note of the longest kind (500 characters, typed), then *Del
// anonymt* (its code), the profile below the tools, and *Udskriv* (the wheel
// laid out for paper; the print dialog itself replaced by a counter).
//
//   BASE_URL=http://127.0.0.1:PORT node tests/engines/worst-memory.mjs <webkit|firefox> [runs] [note length]
//
// Prints one JSON line per run (`# worst {...}`): the memory's bytes when the
// wheel is drawn, after the flow, and the most seen in between (read after
// each part), and on a diagnostic build (`cargo xtask stress --diag` builds
// one) the allocator's figures: the largest request and every grow.
// README, "The WebKit trap of issue 28", gives what it measured.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchFirefox } from './firefox.mjs';
import { launchWebKit } from './webkit.mjs';
import { Session, isTrap, phoneViewport } from './checks.mjs';

const wheel = JSON.parse(readFileSync(new URL('../../www/wheels/kl-medarbejder.da.json', import.meta.url), 'utf8'));
const plain = (text) => text.replaceAll('\u00ad', '');
const parts = wheel.dimensions.flatMap((dimension) => dimension.parts.map((part) => ({ id: part.id, title: plain(part.title) })));

/** A note as a person writes it, cut to exactly `length` characters. */
export function note(length) {
  const sentence = 'Jeg vil blive bedre til at dele filer sikkert med kolleger og borgere, og til at bruge Teams-møder med skærmdeling. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length).trimEnd().padEnd(length, '.');
}

/** The byte length of the widget's wasm memory (page/errors.js keeps it). */
export const memoryBytes = () => (window.engineTestMemories ?? [])[0]?.buffer.byteLength ?? null;

/** A diagnostic build's figures (src/edge/diag.rs), or null. */
const diagFigures = () => {
  const exports = (window.engineTestExports ?? [])[0];
  if (typeof exports?.cw_diag !== 'function') return null;
  return Array.from(new Uint32Array(exports.memory.buffer, exports.cw_diag(), 44));
};

const heading = () =>
  document.querySelector('competence-wheel').shadowRoot.querySelector('#cw-panel-title')?.textContent.replaceAll('\u00ad', '') ?? null;
const noteLength = () => document.querySelector('competence-wheel').shadowRoot.querySelector('#cw-note')?.value.length ?? -1;
const shareCode = () => document.querySelector('competence-wheel').shadowRoot.querySelector('.cw-share__code')?.textContent.trim() ?? null;
const profileShown = () => !!document.querySelector('competence-wheel').shadowRoot.querySelector('.cw-profile__highlights');
const rated = () => {
  const stored = Object.entries(localStorage).find(([key]) => key.startsWith('competence-wheel:'))?.[1];
  try {
    return Object.values(JSON.parse(stored).ratings ?? {}).filter((r) => r.level && r.target && r.note).length;
  } catch {
    return 0;
  }
};

/**
 * The worst flow from a fresh page. Returns the memory's bytes `before` (the
 * wheel drawn), `most` (the largest seen after any step) and `after`.
 */
export async function worstFlow(session, { length = 500 } = {}) {
  await session.open({ fresh: true });
  if (session.phoneWidget) {
    await session.driver.evaluate((px) => document.querySelector('competence-wheel').style.setProperty('width', `${px}px`), session.phoneWidget);
  }
  await session.driver.evaluate(() => {
    window.cwPrinted = 0;
    window.print = () => {
      window.cwPrinted += 1;
    };
  });
  const before = await session.driver.evaluate(memoryBytes);
  let most = before;
  const text = note(length);
  for (const [i, part] of parts.entries()) {
    await session.clickSegment(part.id);
    await session.untilMatch(heading, [], (shown) => shown === part.title, `the panel for ${part.title}`);
    const level = 1 + (i % 5);
    await session.click(`label[for="cw-level-${level}"]`);
    await session.click(`label[for="cw-target-${Math.min(5, level + 1)}"]`);
    await session.click('#cw-note');
    await session.driver.type(text);
    await session.untilMatch(noteLength, [], (n) => n === length, `the note on ${part.title}, ${length} characters`, 30_000);
    most = Math.max(most, await session.driver.evaluate(memoryBytes));
  }
  // Leaving the last note stores it (typing is stored in bursts).
  await session.click('.cw-toolbar button', 'Del anonymt');
  await session.untilMatch(shareCode, [], (code) => /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/.test(code ?? ''), 'a share code', 15_000);
  await session.untilMatch(rated, [], (n) => n === parts.length, 'all 12 stored with a level, a target and a note', 10_000);
  await session.untilMatch(profileShown, [], (shown) => shown, 'the profile', 15_000);
  await session.click('.cw-toolbar button', 'Udskriv');
  await session.untilMatch(() => window.cwPrinted, [], (n) => n === 1, 'Udskriv called print', 15_000);
  const after = await session.driver.evaluate(memoryBytes);
  most = Math.max(most, after);
  return { before, most, after };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [engine = 'webkit', runsText = '3', lengthText = '500'] = process.argv.slice(2);
  const launch = { webkit: launchWebKit, firefox: launchFirefox }[engine];
  if (!launch) throw new Error(`unknown engine ${engine}: webkit or firefox`);
  const driver = await launch();
  const session = new Session(driver, new URL('../../target/engines/', import.meta.url));
  const screen = await phoneViewport(session);
  let bad = 0;
  try {
    for (let run = 1; run <= Number(runsText); run += 1) {
      const started = Date.now();
      let result;
      try {
        result = await worstFlow(session, { length: Number(lengthText) });
      } catch (error) {
        result = { error: error.message };
      }
      const errors = await session.takeErrors().catch(() => []);
      const words = await session.driver.evaluate(diagFigures).catch(() => null);
      if (words && words[0] === 0xd1a6) {
        const grows = [];
        for (let grow = 0; grow < Math.min(words[4], 16); grow += 1) grows.push([words[12 + 2 * grow], words[13 + 2 * grow]]);
        result.diag = { allocations: words[1], largest: words[2], large: words[3], grows, pagesFirst: words[5], pagesNow: words[6], stackByLocal: 1048576 - words[7], stackByCanary: words[10] ? 1048576 - words[10] : 0, failed: words[11] };
      }
      if (errors.length) result.errors = errors;
      if (result.error || errors.length) bad += 1;
      if (errors.some(isTrap)) result.trap = true;
      console.log(`# worst ${JSON.stringify({ engine: driver.name, screen, run, seconds: Math.round((Date.now() - started) / 1000), ...result })}`);
      session.onPage = !result.error;
    }
  } finally {
    await driver.close();
  }
  process.exitCode = bad ? 1 : 0;
}
