// The widget's wasm memory over the worst realistic flow, in one engine:
// from a fresh page at the phone's size, all 12 parts rated with a level, a
// target and a note of the longest kind (500 characters, typed), then *Del
// anonymt* (its code), the profile below the tools, and *Udskriv* (the wheel
// laid out for paper; the print dialog itself replaced by a counter).
//
//   BASE_URL=http://127.0.0.1:PORT node tests/engines/worst-memory.mjs <webkit|firefox> [runs] [note length] [pasted]
//
// The notes are typed key by key (`pasted`: pasted, as the engine suite's
// check of this flow does; the flow is checks.mjs's `worstFlow`).
//
// Prints one JSON line per run (`# worst {...}`): the memory's bytes when the
// wheel is drawn, after the flow, and the most seen in between (read after
// each part), and on a diagnostic build (`cargo xtask stress --diag` builds
// one) the allocator's figures: the largest request and every grow.
// README, "The WebKit trap of issue 28", gives what it measured.
import { pathToFileURL } from 'node:url';
import { launchFirefox } from './firefox.mjs';
import { launchWebKit } from './webkit.mjs';
import { Session, isTrap, phoneViewport, worstFlow } from './checks.mjs';

/** A diagnostic build's figures (src/edge/diag.rs), or null. */
const diagFigures = () => {
  const exports = (window.engineTestExports ?? [])[0];
  if (typeof exports?.cw_diag !== 'function') return null;
  return Array.from(new Uint32Array(exports.memory.buffer, exports.cw_diag(), 44));
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [engine = 'webkit', runsText = '3', lengthText = '500', how = 'typed'] = process.argv.slice(2);
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
        result = await worstFlow(session, { length: Number(lengthText), typed: how !== 'pasted' });
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
