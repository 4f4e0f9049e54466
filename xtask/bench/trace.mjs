// `cargo xtask bench --trace` drives this: a Chromium performance trace of
// clicks on the widget's segments at 4x CPU throttling, for the 12-part and
// the 768-part wheel. Saves each trace under target/bench/ (open it in
// Chromium's DevTools, Performance, "Load profile") and prints JSON for
// xtask: per click, where the main thread's time went (self time by trace
// event, and by kind: scripting, style, layout, paint) and the sampled
// functions that took the most self time.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL;
const out = process.env.TRACE_DIR;
const CLICKS = Number(process.env.TRACE_CLICKS ?? 10);
// Names for wasm functions, `wasm-function[i]` → name, when xtask found a
// named copy whose code is the served module's, byte for byte.
const names = process.env.TRACE_NAMES ? JSON.parse(readFileSync(process.env.TRACE_NAMES, 'utf8')) : {};
const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args });

const pages = [
  { name: 'widget, 12 parts', path: '/bench/widget-12.html', file: 'trace-12.json', segments: 16 },
  { name: 'widget, 768 parts', path: '/bench/widget-768.html', file: 'trace-768.json', segments: 780 },
];
const categories = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'v8.execute', 'blink.user_timing', 'toplevel', 'disabled-by-default-v8.cpu_profiler',
];

// What kind of work a trace event is, by its name (DevTools' own grouping).
function kind(name) {
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayer|UpdateLayerTree|IntersectionObserverController::computeIntersections|ResizeObserverController)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|PaintImage|CompositeLayers|RasterTask|Decode)/.test(name)) return 'paint';
  if (/^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.|V8\.|MinorGC|MajorGC|GCEvent|EvaluateScript|v8::|HandlePostMessage|XHRReadyStateChange|FireIdleCallback|ScheduledAction)/.test(name)) return 'scripting';
  return 'other';
}

function whenReady(count) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const root = document.querySelector('competence-wheel')?.shadowRoot;
      if (root && root.querySelectorAll('[data-segment]').length >= count) resolve();
      else requestAnimationFrame(check);
    };
    setTimeout(() => reject(new Error(`fewer than ${count} segments after 60 s`)), 60_000);
    check();
  });
}

// Self time of every complete event on `thread` inside `windows`, by name.
function selfTimes(events, thread, windows) {
  const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  const spans = events
    .filter((e) => e.tid === thread && e.ph === 'X' && typeof e.dur === 'number' && inWindow(e.ts))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const entries = [];
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= Math.min(e.dur, parent.end - e.ts);
    const entry = { name: e.name, end: e.ts + e.dur, self: e.dur };
    stack.push(entry);
    entries.push(entry);
  }
  const self = new Map();
  for (const { name, self: us } of entries) self.set(name, (self.get(name) ?? 0) + us);
  return self;
}

// Self time of sampled JS and wasm functions inside `windows`, by name.
function sampledFunctions(events, windows) {
  const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  const self = new Map();
  // One profile per thread: its chunks carry the nodes and the samples, with
  // times as deltas from the profile's start.
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(e.id, { time: e.args?.data?.startTime ?? 0, nodes: new Map() });
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(e.id);
    if (!profile) continue;
    const data = e.args?.data?.cpuProfile;
    for (const node of data?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, i) => {
      profile.time += deltas[i] ?? 0;
      if (!inWindow(profile.time)) return;
      const frame = profile.nodes.get(id);
      let name = frame?.functionName || '(anonymous)';
      if (/^\((program|idle|garbage collector|root)\)$/.test(name)) return;
      if (frame?.url?.includes('.wasm')) {
        const index = /(\d+)\]?$/.exec(name)?.[1];
        name = (index && names[index]) || `wasm ${name}`;
      }
      // A sample stands for the time until the next one.
      const weight = deltas[i + 1] ?? deltas[i] ?? 0;
      self.set(name, (self.get(name) ?? 0) + weight);
    });
  }
  return self;
}

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000 }));

const results = [];
for (const target of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + target.path);
  await page.evaluate(whenReady, target.segments);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const ids = await page.evaluate(() => [...document.querySelector('competence-wheel').shadowRoot
    .querySelectorAll('[data-segment]')].map((s) => s.dataset.segment));
  await browser.startTracing(page, { categories });
  for (let i = 0; i < CLICKS; i++) {
    const id = ids[(i * 7 + 1) % ids.length];
    // The window: from the click event (Playwright's own work to find the
    // segment comes before it) to the frame after the panel changed, marked
    // in the trace with the User Timing API.
    await page.evaluate((n) => {
      const panel = document.querySelector('competence-wheel').shadowRoot.querySelector('#cw-panel');
      window.addEventListener('click', () => performance.mark(`bench-click-start-${n}`), { capture: true, once: true });
      window.__done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          // After the frame's style, layout and paint: a task queued from
          // its animation frame callback runs once the frame is done.
          requestAnimationFrame(() => setTimeout(() => { performance.mark(`bench-click-end-${n}`); resolve(); }));
        });
        observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    }, i);
    await page.locator(`competence-wheel >> [data-segment="${id}"]`).first().dispatchEvent('click');
    await page.evaluate(() => window.__done);
  }
  const buffer = await browser.stopTracing();
  const path = `${out}/${target.file}`;
  writeFileSync(path, buffer);
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const marks = (prefix) => events.filter((e) => e.name.startsWith(prefix)).sort((a, b) => a.ts - b.ts).map((e) => e.ts);
  const starts = marks('bench-click-start-');
  const ends = marks('bench-click-end-');
  const windows = starts.map((s, i) => [s, ends[i] ?? s]);
  const main = events.find((e) => e.name === 'bench-click-start-0')?.tid;
  const self = selfTimes(events, main, windows);
  const byKind = {};
  for (const [name, us] of self) byKind[kind(name)] = (byKind[kind(name)] ?? 0) + us / 1000 / windows.length;
  const wall = windows.reduce((sum, [a, b]) => sum + (b - a), 0) / 1000 / windows.length;
  results.push({
    name: target.name,
    path,
    clicks: windows.length,
    wall,
    byKind,
    events: top(self, 15).map((e) => ({ ...e, ms: e.ms / windows.length, kind: kind(e.name) })),
    functions: top(sampledFunctions(events, windows), 25).map((e) => ({ ...e, ms: e.ms / windows.length })),
  });
  await context.close();
}
await browser.close();
console.log(JSON.stringify(results));
