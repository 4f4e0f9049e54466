// `cargo xtask bench` drives this: cold loads, click latency at 4x CPU
// throttling, rating latency and memory for the floor page, two peers
// (Chart.js and D3 drawing the same wheel) and the widget with wheels of 12,
// 48, 192 and 768 parts. Prints JSON for xtask.
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL;
const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);
// BENCH_ONLY (a pattern) keeps the pages whose name matches it.
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args });

const targets = [
  { name: 'floor (hand-written SVG)', path: '/bench/floor.html', kind: 'floor', segments: 16 },
  { name: 'Chart.js 4 doughnut', path: '/bench/chartjs.html', kind: 'canvas', segments: 16 },
  { name: 'D3 7 arcs', path: '/bench/d3.html', kind: 'floor', segments: 16 },
  { name: 'widget, 12 parts', path: '/bench/widget-12.html', kind: 'widget', segments: 16 },
  { name: 'widget, 48 parts', path: '/bench/widget-48.html', kind: 'widget', segments: 52 },
  { name: 'widget, 192 parts', path: '/bench/widget-192.html', kind: 'widget', segments: 196 },
  { name: 'widget, 768 parts', path: '/bench/widget-768.html', kind: 'widget', segments: 780 },
];

// Runs in the page: resolves with performance.now() when `count` segments exist.
function whenReady([kind, count]) {
  const found = () => {
    if (kind === 'canvas') return Number(document.documentElement.dataset.ready ?? 0) >= count;
    const root = kind === 'floor' ? document : document.querySelector('competence-wheel')?.shadowRoot;
    return root ? root.querySelectorAll('[data-segment]').length >= count : false;
  };
  return new Promise((resolve, reject) => {
    const check = () => (found() ? resolve(performance.now()) : requestAnimationFrame(check));
    setTimeout(() => reject(new Error(`fewer than ${count} segments after 60 s`)), 60_000);
    check();
  });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

async function coldLoad(target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map();
  const files = {};
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url) files[new URL(url).pathname] = e.encodedDataLength;
  });
  await page.goto(base + target.path, { waitUntil: 'commit' });
  const ready = await page.evaluate(whenReady, [target.kind, target.segments]);
  // What had arrived when the wheel was usable is the first load.
  const firstLoad = Object.values(files).reduce((a, b) => a + b, 0);
  await page.waitForLoadState('load');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = target.kind === 'widget'
    ? await page.evaluate(async () => (await import('/dist/competence-wheel.js')).wasmMemoryBytes())
    : 0;
  await context.close();
  return { ready, firstLoad, files, heap, wasm };
}

// Click → the next frame after the panel heading changed, throttled 4x.
async function latencies(target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + target.path);
  await page.evaluate(whenReady, [target.kind, target.segments]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const root = target.kind === 'widget' ? "document.querySelector('competence-wheel').shadowRoot" : 'document';
  const measure = async (watch, clickSelector) => {
    // Arm the observer (not awaiting it), click, then collect the result.
    await page.evaluate(([rootExpr, w]) => {
      const root = eval(rootExpr);
      window.__latency = new Promise((resolve) => {
        let clickedAt = 0;
        window.addEventListener('click', (e) => { clickedAt = e.timeStamp; }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clickedAt));
        });
        observer.observe(root.querySelector(w) ?? root, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    }, [root, watch]);
    // A dispatched click (the same for every page): thin segments of big
    // wheels are hard to hit by coordinates, and input latency is not ours.
    // A canvas has no elements to dispatch to: click its pixels instead.
    if (target.kind === 'canvas') {
      const { x, y } = await page.evaluate((id) => window.benchTargets.find((t) => t.id === id), clickSelector);
      await page.mouse.click(x, y);
    } else {
      const clickTarget = page.locator(target.kind === 'floor' ? clickSelector : `competence-wheel >> ${clickSelector}`).first();
      await clickTarget.dispatchEvent('click');
    }
    return page.evaluate(() => window.__latency);
  };
  const ids = target.kind === 'canvas'
    ? await page.evaluate(() => window.benchTargets.map((t) => t.id))
    : await page.evaluate((rootExpr) => [...eval(rootExpr).querySelectorAll('[data-segment]')].map((s) => s.dataset.segment), root);
  const clicks = [];
  const panel = target.kind === 'widget' ? '#cw-panel' : '#panel';
  for (let i = 0; i < CLICKS; i++) {
    const id = ids[(i * 7 + 1) % ids.length];
    clicks.push(await measure(panel, target.kind === 'canvas' ? id : `[data-segment="${id}"]`));
  }
  const rates = [];
  if (target.kind === 'widget') {
    await page.locator(`competence-wheel >> [data-segment="${ids[1]}"]`).dispatchEvent('click');
    for (let i = 0; i < Math.min(CLICKS, 10); i++) {
      rates.push(await measure('svg', `#cw-level-${(i % 3) + 1}`));
    }
  }
  await context.close();
  return { clicks, rates };
}

const results = [];
for (const target of targets.filter((t) => !only || only.test(t.name))) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(target));
  const { clicks, rates } = await latencies(target);
  results.push({
    name: target.name,
    kind: target.kind,
    files: loads[0].files,
    firstLoad: median(loads.map((l) => l.firstLoad)),
    ready: median(loads.map((l) => l.ready)),
    click: { median: median(clicks), p95: p95(clicks) },
    rate: rates.length ? { median: median(rates), p95: p95(rates) } : null,
    heap: median(loads.map((l) => l.heap)),
    wasm: median(loads.map((l) => l.wasm)),
  });
}
await browser.close();
console.log(JSON.stringify(results));
