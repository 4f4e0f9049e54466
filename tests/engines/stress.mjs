// The share flow, many times over from fresh pages, in one engine: rate a
// part, press "Del anonymt", wait for the code. Run by `cargo xtask stress`
// (which serves dist/ and sets BASE_URL), one process per engine:
//
//   node tests/engines/stress.mjs <webkit|firefox> <runs>
//
// Every other run presses "Del anonymt" at once after the rating, so the
// profile's and the share box's chunks are fetched together.
//
// Prints one line per run that went wrong and, last, a JSON summary line
// (`# stress {...}`) that xtask reads. A trap or a panic is never retried:
// the run counts as a trap and the next run starts from a fresh page.
import { launchFirefox } from './firefox.mjs';
import { launchWebKit } from './webkit.mjs';
import { Session, isTrap, phoneViewport, shareFlow } from './checks.mjs';

const [engine = 'webkit', runsText = '100'] = process.argv.slice(2);
// STRESS_KEEP_PAGES=N (WebKitGTK): each run in a new window, the last N
// pages left open, so that many pages' wasm memories are alive at once.
const keepPages = Number(process.env.STRESS_KEEP_PAGES ?? 0);
const runs = Number(runsText);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, not ${runsText}`);
const launch = { webkit: launchWebKit, firefox: launchFirefox }[engine];
if (!launch) throw new Error(`unknown engine ${engine}: webkit or firefox`);

const driver = await launch();
if (keepPages > 1 && !driver.newWindow) {
  await driver.close();
  throw new Error(`${driver.name}: STRESS_KEEP_PAGES needs a driver that opens windows (WebKitGTK's)`);
}
const session = new Session(driver, new URL('../../target/engines/', import.meta.url));
const screen = await phoneViewport(session);
const summary = { engine: driver.name, version: driver.version, screen, runs: 0, traps: 0, failures: 0, seconds: 0 };
// The widget's wasm memory (bytes) before and after each run that finished:
// the least and the most seen, and the most one flow grew it.
const memory = { before: [Infinity, 0], after: [Infinity, 0], grewMost: 0, runsThatGrew: 0 };
const note = (range, bytes) => {
  range[0] = Math.min(range[0], bytes);
  range[1] = Math.max(range[1], bytes);
};
// STRESS_DIAG=1 (`cargo xtask stress --diag`): dist/ is the diagnostic
// build, whose allocator records figures (src/edge/diag.rs, in that order)
// that each run reads after its flow.
const diag = process.env.STRESS_DIAG === '1';
const diagFigures = () => {
  const exports = (window.engineTestExports ?? [])[0];
  if (typeof exports?.cw_diag !== 'function') return null;
  return Array.from(new Uint32Array(exports.memory.buffer, exports.cw_diag(), 44));
};
// Per run: the largest request, the requests of 64 KiB or more, the grows
// (each allocation during which the memory grew: its request and the pages
// after), the pages at the end, the stack's depth (bytes below its top,
// 1 MiB, from the canary and from the lowest local seen) and failed requests.
const diagRuns = [];
const stackTop = 1024 * 1024;
const readDiag = async (run, stopped = false) => {
  const words = await session.driver.evaluate(diagFigures);
  if (!words || words[0] !== 0xd1a6) throw new Error('STRESS_DIAG is set but the page has no cw_diag figures: is dist/ the diag build?');
  const grows = [];
  for (let grow = 0; grow < Math.min(words[4], 16); grow += 1) grows.push([words[12 + 2 * grow], words[13 + 2 * grow]]);
  diagRuns.push({
    run,
    stopped,
    allocations: words[1],
    largest: words[2],
    large: words[3],
    grows: words[4],
    growLog: grows,
    pagesFirst: words[5],
    pagesNow: words[6],
    stackByLocal: stackTop - words[7],
    stackByCanary: words[10] ? stackTop - words[10] : 0,
    canary: [words[8], words[9]],
    failed: words[11],
  });
};
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
};
const started = Date.now();
try {
  for (let run = 1; run <= runs; run += 1) {
    let problem = null;
    try {
      if (keepPages > 1 && run > 1) {
        await session.harvest();
        await driver.newWindow(keepPages);
        session.onPage = false;
        await phoneViewport(session);
      }
      const { memoryBefore, memoryAfter } = await shareFlow(session, run, { quick: run % 2 === 0 });
      if (diag) await readDiag(run);
      if (memoryBefore !== undefined && memoryAfter !== undefined) {
        note(memory.before, memoryBefore);
        note(memory.after, memoryAfter);
        memory.grewMost = Math.max(memory.grewMost, memoryAfter - memoryBefore);
        if (memoryAfter > memoryBefore) memory.runsThatGrew += 1;
      }
      const errors = await session.takeErrors();
      if (errors.length) problem = errors.join(' | ');
    } catch (error) {
      // The figures of a run that stopped too (the allocator's figures
      // outlive a trap: they are only read).
      if (diag) await readDiag(run, true).catch(() => {});
      const errors = await session.takeErrors().catch(() => []);
      problem = [error.message, ...errors].join(' | ');
    }
    summary.runs += 1;
    if (summary.runs % 10 === 0) process.stderr.write(`# ${driver.name}: ${summary.runs} of ${runs} runs, ${summary.traps} traps\n`);
    if (problem) {
      const trap = isTrap(problem);
      if (trap) summary.traps += 1;
      else summary.failures += 1;
      console.log(`${driver.name} run ${run}: ${trap ? 'TRAP' : 'failed'}: ${problem.replaceAll('\n', ' ')}`);
      // Whatever the page was left in, the next run starts afresh.
      session.onPage = false;
    }
  }
} finally {
  summary.seconds = Math.round((Date.now() - started) / 1000);
  if (memory.after[1]) summary.memory = memory;
  if (diagRuns.length) {
    summary.diag = {
      runs: diagRuns.length,
      largestRequest: spread(diagRuns.map((r) => r.largest)),
      requestsOf64KiB: spread(diagRuns.map((r) => r.large)),
      allocations: spread(diagRuns.map((r) => r.allocations)),
      grows: spread(diagRuns.map((r) => r.grows)),
      growRequests: spread(diagRuns.flatMap((r) => r.growLog.map(([size]) => size))),
      pages: spread(diagRuns.map((r) => r.pagesNow)),
      stackByCanary: spread(diagRuns.map((r) => r.stackByCanary)),
      stackByLocal: spread(diagRuns.map((r) => r.stackByLocal)),
      failed: diagRuns.reduce((sum, r) => sum + r.failed, 0),
    };
    // Every run's figures, for the record (target/engines/).
    const { writeFileSync } = await import('node:fs');
    writeFileSync(new URL(`../../target/engines/stress-diag-${engine}.json`, import.meta.url), JSON.stringify(diagRuns, null, 1));
  }
  console.log(`# stress ${JSON.stringify(summary)}`);
  await driver.close();
}
