// The checks every engine runs, written once. Each engine supplies a small
// driver (firefox.mjs, webkit.mjs):
//
//   name, slug, version        what it is, for messages and file names
//   goto(url), reload()        navigate, and wait for the load event
//   evaluate(fn, ...args)      run a self-contained function in the page
//   click(x, y)                a real mouse click at viewport coordinates
//   press(key)                 a real key press: Tab, Enter, Escape, ArrowRight, PageDown
//   type(text)                 real typing into the focused element ("\n" is Enter)
//   setViewport(width, height) the page's own size in CSS px
//   screenshot(path)           a PNG of the viewport
//   engineErrors()             console errors the engine itself reports (and forgets),
//                              a page the tab left included
//   requested(pattern, ms)     (if the engine's requests can be seen) resolves once
//                              the page has asked for a URL matching `pattern`
//   downloadDir                (if the engine's downloads can be seen) where they are saved
//   close()
//
// The checks act as a person does (clicks at a point on the screen, key
// presses) and read what a person sees or hears: headings, accessible names,
// where focus is. The widget lives in <competence-wheel>'s open shadow root,
// so every page function looks inside `host.shadowRoot`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** The built-in KL wheel, as its data file says. */
const wheel = JSON.parse(readFileSync(new URL('../../www/wheels/kl-medarbejder.da.json', import.meta.url), 'utf8'));
const plain = (text) => text.replaceAll('\u00ad', '');
const segments = wheel.dimensions.flatMap((dimension) => [
  { id: dimension.id, title: plain(dimension.title) },
  ...dimension.parts.map((part) => ({ id: part.id, title: plain(part.title) })),
]);
const parts = wheel.dimensions.flatMap((dimension) => dimension.parts.map((part) => ({ id: part.id, title: plain(part.title) })));
/** Presenting steps through every segment, then the questions (if any). */
const presentSteps = segments.length + (wheel.questions ? 1 : 0);

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8000';
/** The demo page plus an error collector (tests/engines/page/). */
const PAGE = `${BASE_URL}/engines/`;
export const SCREEN = { width: 1280, height: 900 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The text of the first new file in `dir` named like `pattern`, once it is
 * whole: waits for the folder's change events (the engine writes a partial
 * file, then renames it), not for time.
 */
function downloaded(dir, before, pattern, timeout, engine) {
  return new Promise((resolve, reject) => {
    const look = () => {
      const name = readdirSync(dir).find((n) => !before.has(n) && pattern.test(n));
      if (!name) return;
      let text;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        return; // renamed away between the listing and the read
      }
      if (text.endsWith('}')) {
        stop();
        resolve(text);
      }
    };
    const watcher = watch(dir, look);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${engine}: no ratings file in the download folder; it holds ${JSON.stringify(readdirSync(dir))}`));
    }, timeout);
    const stop = () => {
      watcher.close();
      clearTimeout(timer);
    };
    look();
  });
}

// Page functions. Each is sent to the browser as source, so each stands alone.

// Views in a chunk still being fetched show a "loading" line (.cw-chunk).
const chunksFetching = () =>
  document.querySelector('competence-wheel')?.shadowRoot?.querySelectorAll('p.cw-chunk').length ?? 0;

// The widget's own segments: the pre-rendered first view's are not buttons.
const segmentsDrawn = () => document.querySelector('competence-wheel')?.shadowRoot?.querySelectorAll('.cw-seg[role="button"]').length ?? 0;

const names = () =>
  [...document.querySelector('competence-wheel').shadowRoot.querySelectorAll('.cw-seg')].map((segment) => [
    segment.dataset.segment,
    segment.getAttribute('aria-label'),
  ]);

const nameOf = (id) =>
  document.querySelector('competence-wheel').shadowRoot.querySelector(`[data-segment="${id}"]`)?.getAttribute('aria-label') ?? null;

/** What the panel shows: its heading, and which segments say they are expanded. */
const panel = () => {
  const root = document.querySelector('competence-wheel').shadowRoot;
  return {
    heading: root.querySelector('#cw-panel-title')?.textContent.replaceAll('\u00ad', '') ?? null,
    expanded: [...root.querySelectorAll('[aria-expanded="true"]')].map((el) => el.dataset.segment),
  };
};

const focusedSegment = () => document.querySelector('competence-wheel').shadowRoot.activeElement?.dataset.segment ?? null;

/** Where a person would click `selector` (its text equal to `text`, if given):
 *  scrolled into view, the middle of its box in viewport coordinates. */
const pointOn = (selector, text) => {
  const root = document.querySelector('competence-wheel').shadowRoot;
  const element = [...root.querySelectorAll(selector)].find((el) => text === undefined || el.textContent.trim() === text);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

const textOf = (selector) => document.querySelector('competence-wheel').shadowRoot.querySelector(selector)?.textContent.trim() ?? null;

const countOf = (selector) => document.querySelector('competence-wheel').shadowRoot.querySelectorAll(selector).length;

/** Resolves when every running animation (the widget's too) has finished. */
const settled = () =>
  Promise.all(
    [document, document.querySelector('competence-wheel')?.shadowRoot]
      .filter(Boolean)
      .flatMap((root) => root.getAnimations())
      .map((animation) => animation.finished.catch(() => {})),
  ).then(() => true);

/** The page's collected errors since the last call (see page/errors.js). */
/** The byte length of each wasm memory the page's modules export (see
 *  page/errors.js): the widget's one, or more after a restart. */
const memoryBytes = () => (window.engineTestMemories ?? []).map((memory) => memory.buffer.byteLength);

const collectedErrors = () =>
  Array.isArray(window.engineTestErrors) ? window.engineTestErrors.splice(0) : ['the error collector did not run'];

/**
 * For every segment label: points of its glyph box (along each edge) that lie
 * outside its own segment's shape, decided by the engine's own geometry
 * (isPointInFill), as tests/e2e/layout.spec.mjs does in Chromium.
 */
const labelsOutsideSegments = () => {
  const root = document.querySelector('competence-wheel').shadowRoot;
  const problems = [];
  for (const segment of root.querySelectorAll('.cw-seg')) {
    const shape = segment.querySelector('.cw-seg__shape');
    const label = root.querySelector(`[data-label-for="${segment.dataset.segment}"]`);
    if (!label) {
      problems.push(`${segment.dataset.segment}: no label`);
      continue;
    }
    const box = label.getBBox();
    if (box.width === 0 || box.height === 0) problems.push(`${segment.dataset.segment}: an empty label`);
    const svg = shape.ownerSVGElement;
    const steps = 12;
    outer: for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      for (const [x, y] of [
        [box.x + box.width * t, box.y],
        [box.x + box.width * t, box.y + box.height],
        [box.x, box.y + box.height * t],
        [box.x + box.width, box.y + box.height * t],
      ]) {
        const point = svg.createSVGPoint();
        point.x = x;
        point.y = y;
        if (!shape.isPointInFill(point)) {
          problems.push(`${segment.dataset.segment}: (${x.toFixed(1)}, ${y.toFixed(1)}) of "${label.textContent}"`);
          break outer;
        }
      }
    }
  }
  return problems;
};

/** One engine's browser, with what the checks need on top of its driver. */
export class Session {
  constructor(driver, outputDir) {
    this.driver = driver;
    this.outputDir = outputDir;
    this.onPage = false;
    this.errors = [];
  }

  /** Keeps the current page's errors before it goes away. */
  async harvest() {
    if (this.onPage) this.errors.push(...(await this.driver.evaluate(collectedErrors)));
    this.errors.push(...this.driver.engineErrors());
  }

  /** Every error since the last call, from the page's collector and the engine. */
  async takeErrors() {
    await this.harvest();
    return this.errors.splice(0);
  }

  /** Opens the test page and waits until the wheel is drawn. With `fresh`,
   *  first forgets the ratings and group codes this origin keeps. */
  async open({ fresh = false, hash = '' } = {}) {
    // Leaving a page while a chunk is on its way aborts the fetch (see reload()).
    if (this.onPage) await this.until(chunksFetching, [], 0, 'every chunk shown fetched', 15_000);
    await this.harvest();
    await this.driver.goto(PAGE + hash);
    this.onPage = true;
    // Wait before anything else: a reload while the widget still loads
    // would abort its fetches. (Chunks fetched at idle show no line and may
    // still be on their way at the reload below: the widget reports no
    // failure for a fetch cut off by leaving, which a check guards.)
    await this.ready();
    if (fresh) {
      await this.driver.evaluate(() => localStorage.clear());
      await this.reload();
    }
  }

  /** Leaves a page that may be stuck (a chunk never shown) without waiting
   *  for its fetches, opens a fresh one and forgets what the old one reported. */
  async restart() {
    this.onPage = false;
    await this.open({ fresh: true });
    await this.takeErrors();
  }

  async reload() {
    // As a person does, reload once what they opened has arrived: a reload
    // while a chunk is on its way aborts the fetch (which the widget does
    // not report: the check "reloading or leaving a page …").
    await this.until(chunksFetching, [], 0, 'every chunk shown fetched', 15_000);
    await this.harvest();
    await this.driver.reload();
    await this.ready();
  }

  ready() {
    return this.until(segmentsDrawn, [], segments.length, 'segments drawn', 15_000);
  }

  /** Polls `fn(...args)` in the page until it deep-equals `expected`. */
  async until(fn, args, expected, what, timeout = 5_000) {
    const deadline = Date.now() + timeout;
    let actual;
    for (;;) {
      actual = await this.driver.evaluate(fn, ...args);
      if (isDeepStrictEqual(actual, expected)) return actual;
      if (Date.now() > deadline) {
        throw new Error(`${this.driver.name}: ${what}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
      }
      await sleep(50);
    }
  }

  /** Polls `fn(...args)` until `accept(value)` holds; returns the value. */
  async untilMatch(fn, args, accept, what, timeout = 5_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.driver.evaluate(fn, ...args);
      if (accept(value)) return value;
      if (Date.now() > deadline) throw new Error(`${this.driver.name}: ${what}; last seen: ${JSON.stringify(value)}`);
      await sleep(50);
    }
  }

  /** Saves what the engine shows as target/engines/<engine>-<name>.png,
   *  once the panel has finished fading in. */
  async screenshot(name) {
    await this.driver.evaluate(settled);
    await this.driver.screenshot(new URL(`${this.driver.slug}-${name}.png`, this.outputDir).pathname);
  }

  /** A real click on the middle of what `selector` (and `text`) finds, once
   *  it has stopped moving (as Playwright waits for a stable box). */
  async click(selector, text) {
    const args = text === undefined ? [selector] : [selector, text];
    // Three reads in a row at the same place (over 100 ms): a click at a
    // point read while the page still scrolled (a smooth scroll the widget
    // began) could land beside the target, as WebKit once did beside the
    // share button while Firefox ran its checks alongside.
    let last = null;
    let same = 0;
    const point = await this.untilMatch(
      pointOn,
      args,
      (point) => {
        same = point && last && Math.abs(point.x - last.x) < 0.5 && Math.abs(point.y - last.y) < 0.5 ? same + 1 : 0;
        last = point;
        return same >= 2;
      },
      `${selector} ${text ?? ''} to click, in a place that stays put`,
    );
    await this.driver.click(point.x, point.y);
  }

  /** A real click on a segment, in the middle of its drawn label: a point
   *  inside the segment by construction (the labels check proves it). */
  clickSegment(id) {
    return this.click(`[data-label-for="${id}"]`);
  }
}

/** Page errors that mean the wasm trapped or panicked: never retried. */
export const isTrap = (text) => /RuntimeError|unreachable|panicked/i.test(text);

/** The phone the share flow is measured on (a workshop's participants). */
export const PHONE = { width: 390, height: 844 };

/**
 * Gives the page the phone's viewport. MiniBrowser's window is never
 * narrower than 447 px: there the page gets 480 × 844 and the widget the
 * width a 390 px page gives it (358 px, as in the labels check), so it lays
 * itself out as on the phone. Returns what it set, for the record.
 */
export async function phoneViewport(session) {
  try {
    await session.driver.setViewport(PHONE.width, PHONE.height);
    session.phoneWidget = undefined;
    return `${PHONE.width}×${PHONE.height}`;
  } catch {
    await session.driver.setViewport(480, PHONE.height);
    session.phoneWidget = 358;
    return `480×${PHONE.height}, the widget 358 px wide`;
  }
}

/** Share flows per engine in every run of the suite. */
const SHARE_FLOWS = 10;

/**
 * The share flow a participant goes through, from a fresh page: rate a part,
 * press "Del anonymt", wait for the code (its chunk fetched on first use),
 * and the widget still answers afterwards. `run` varies the part and level.
 */
/** What the share box shows: its code, whether "Del anonymt" is pressed, and
 *  any chunk line (loading or failed) — so a missing code says why. */
const shareState = () => {
  const root = document.querySelector('competence-wheel').shadowRoot;
  const button = [...root.querySelectorAll('.cw-toolbar button')].find((b) => b.textContent.trim() === 'Del anonymt');
  return {
    code: root.querySelector('.cw-share__code')?.textContent.trim() ?? null,
    pressed: button?.getAttribute('aria-expanded') ?? null,
    chunks: [...root.querySelectorAll('.cw-chunk')].map((line) => line.textContent.trim()),
  };
};

export async function shareFlow(session, run = 0, { quick = false } = {}) {
  const part = parts[run % parts.length];
  const level = 1 + (run % 5);
  await session.open({ fresh: true });
  const memoryBefore = await session.driver.evaluate(memoryBytes);
  if (session.phoneWidget) {
    await session.driver.evaluate((px) => document.querySelector('competence-wheel').style.setProperty('width', `${px}px`), session.phoneWidget);
  }
  await session.clickSegment(part.id);
  await session.until(panel, [], { heading: part.title, expanded: [part.id] }, 'the part opened to rate it');
  await session.click(`label[for="cw-level-${level}"]`);
  // (On a narrow wheel the name also gives the short label it shows.)
  const rated = () =>
    session.untilMatch(
      nameOf,
      [part.id],
      (name) => name?.startsWith(`${part.title}, `) && name.endsWith(`, niveau ${level} af 5`),
      `the name after choosing level ${level}`,
    );
  // Quick: "Del anonymt" at once, while the profile's chunk (fetched after
  // the first rating) may still be on its way, so both chunks come together.
  if (!quick) await rated();
  // The click must press the button (aria-expanded), told apart from a
  // chunk that is slow to come. A click that lands while the page still
  // moves (the widget glides the panel into view on a phone, and the
  // profile arrives below the tools) can miss: then a second click, as a
  // person would tap again. Anything the first one set off still counts,
  // since the page's errors are checked after the flow.
  for (let tap = 1; ; tap += 1) {
    await session.click('.cw-toolbar button', 'Del anonymt');
    try {
      await session.untilMatch(shareState, [], (state) => state.pressed === 'true', 'Del anonymt pressed (aria-expanded)', 3_000);
      break;
    } catch (error) {
      if (tap >= 2) throw error;
    }
  }
  if (quick) await rated();
  await session.untilMatch(shareState, [], (state) => /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/.test(state.code ?? ''), 'a share code', 15_000);
  // Still alive: another part opens.
  const other = parts[(run + 1) % parts.length];
  await session.clickSegment(other.id);
  await session.untilMatch(panel, [], (shown) => shown.heading === other.title && shown.expanded.includes(other.id), 'another part opened after sharing');
  // How much the flow grew the widget's wasm memory (bytes, first memory).
  return { memoryBefore: memoryBefore[0], memoryAfter: (await session.driver.evaluate(memoryBytes))[0] };
}

/** A note as a person writes it, cut to exactly `length` characters. */
export function note(length) {
  const sentence = 'Jeg vil blive bedre til at dele filer sikkert med kolleger og borgere, og til at bruge Teams-møder med skærmdeling. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length).trimEnd().padEnd(length, '.');
}

/** The byte length of the widget's wasm memory (page/errors.js keeps it). */
const widgetMemory = () => (window.engineTestMemories ?? [])[0]?.buffer.byteLength ?? null;
const noteLength = () => document.querySelector('competence-wheel').shadowRoot.querySelector('#cw-note')?.value.length ?? -1;
/** Pastes `text` into the note: one input event, as a paste gives. */
const pasteNote = (text) => {
  const area = document.querySelector('competence-wheel').shadowRoot.querySelector('#cw-note');
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
  return true;
};
const profileShown = () => !!document.querySelector('competence-wheel').shadowRoot.querySelector('.cw-profile__highlights');
/** How many parts storage holds with a level, a target and a note. */
const storedComplete = () => {
  const stored = Object.entries(localStorage).find(([key]) => key.startsWith('competence-wheel:'))?.[1];
  try {
    return Object.values(JSON.parse(stored).ratings ?? {}).filter((r) => r.level && r.target && r.note).length;
  } catch {
    return 0;
  }
};

/**
 * The worst realistic flow for the widget's memory, from a fresh page: all
 * 12 parts rated with a level, a target and a note of `length` characters
 * (typed, or with `typed: false` pasted), then "Del anonymt" (its code), the
 * profile, and "Udskriv" (the wheel laid out for paper; the print dialog
 * replaced by a counter). Returns the memory's bytes once the wheel is drawn
 * (`before`), the most seen after any part (`most`) and at the end (`after`).
 */
export async function worstFlow(session, { length = 500, typed = true } = {}) {
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
  const before = await session.driver.evaluate(widgetMemory);
  let most = before;
  const text = note(length);
  for (const [i, part] of parts.entries()) {
    await session.clickSegment(part.id);
    await session.untilMatch(panel, [], (shown) => shown.heading === part.title, `the panel for ${part.title}`);
    const level = 1 + (i % 5);
    await session.click(`label[for="cw-level-${level}"]`);
    await session.click(`label[for="cw-target-${Math.min(5, level + 1)}"]`);
    await session.click('#cw-note');
    if (typed) await session.driver.type(text);
    else await session.driver.evaluate(pasteNote, text);
    await session.untilMatch(noteLength, [], (n) => n === length, `the note on ${part.title}, ${length} characters`, 30_000);
    most = Math.max(most, await session.driver.evaluate(widgetMemory));
  }
  // Leaving the last note stores it (typing is stored in bursts).
  await session.click('.cw-toolbar button', 'Del anonymt');
  await session.untilMatch(shareState, [], (state) => /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/.test(state.code ?? ''), 'a share code', 15_000);
  await session.untilMatch(storedComplete, [], (n) => n === parts.length, 'all 12 stored with a level, a target and a note', 10_000);
  await session.untilMatch(profileShown, [], (shown) => shown, 'the profile', 15_000);
  await session.click('.cw-toolbar button', 'Udskriv');
  await session.untilMatch(() => window.cwPrinted, [], (n) => n === 1, 'Udskriv called print', 15_000);
  const after = await session.driver.evaluate(widgetMemory);
  return { before, most: Math.max(most, after), after };
}

/** The checks, in the order they run; each starts from its own page load. */
export const checks = [
  {
    name: 'the wheel renders: every segment drawn and named by its title (screenshot at 1280×900)',
    async run(session) {
      await session.open();
      const drawn = await session.driver.evaluate(names);
      assert.deepEqual(
        drawn.map(([id, name]) => [id, name.startsWith(segments.find((s) => s.id === id)?.title ?? '\u0000')]),
        segments.map((s) => [s.id, true]),
      );
      const box = await session.driver.evaluate(() => {
        const svg = document.querySelector('competence-wheel').shadowRoot.querySelector('.cw-wheel').getBoundingClientRect();
        return { left: svg.left, right: svg.right, width: svg.width, height: svg.height, page: innerWidth };
      });
      assert.ok(box.width > 400 && box.height > 400, `${session.driver.name}: the wheel is ${box.width} × ${box.height} px at 1280 px`);
      assert.ok(box.left >= 0 && box.right <= box.page, `${session.driver.name}: the wheel spans ${box.left}–${box.right} of ${box.page} px`);
      await session.screenshot('1280x900');
    },
  },
  {
    name: `each of the ${parts.length} parts opens by a click, with its title as the panel's heading`,
    async run(session) {
      await session.open();
      for (const part of parts) {
        await session.clickSegment(part.id);
        await session.until(panel, [], { heading: part.title, expanded: [part.id] }, `after a click on "${part.title}"`);
      }
    },
  },
  {
    name: "a rating shows in the part's accessible name and survives a reload (screenshot)",
    async run(session) {
      const part = parts[1];
      await session.open({ fresh: true });
      await session.until(nameOf, [part.id], `${part.title}, Data, ikke vurderet`, 'the name before rating (with the short label the wide wheel shows)');
      await session.clickSegment(part.id);
      await session.until(panel, [], { heading: part.title, expanded: [part.id] }, 'the part opened to rate it');
      await session.click('label[for="cw-level-3"]');
      await session.until(nameOf, [part.id], `${part.title}, Data, niveau 3 af 5`, 'the name after choosing level 3');
      await session.reload();
      await session.until(nameOf, [part.id], `${part.title}, Data, niveau 3 af 5`, 'the name after a reload');
      await session.until(panel, [], { heading: part.title, expanded: [part.id] }, 'the part still open after a reload');
      await session.screenshot('1280x900-rated');
    },
  },
  {
    name: '"Gem som fil" delivers the ratings: a file in the download folder, or a URL still valid after the click',
    async run(session) {
      const part = parts[4];
      await session.open({ fresh: true });
      await session.clickSegment(part.id);
      await session.until(panel, [], { heading: part.title, expanded: [part.id] }, 'the part opened to rate it');
      await session.click('label[for="cw-level-4"]');
      // The name adds the short label the wheel shows, where it shows one.
      await session.untilMatch(
        nameOf,
        [part.id],
        (name) => name?.startsWith(`${part.title}, `) && name.endsWith(', niveau 4 af 5'),
        'the name after choosing level 4',
      );
      const expected = { [part.id]: 4 };
      const levels = (text) => Object.fromEntries(Object.entries(JSON.parse(text).ratings).map(([id, r]) => [id, r.level]));
      const dir = session.driver.downloadDir;
      if (dir) {
        // The engine saves downloads where the suite can look: the file must arrive.
        const before = new Set(readdirSync(dir));
        await session.click('button', 'Gem som fil');
        const text = await downloaded(dir, before, /^kompetencehjul-.*\.json$/, 15_000, session.driver.name);
        assert.deepEqual(levels(text), expected, `${session.driver.name}: the downloaded file's ratings`);
        return;
      }
      // The driver cannot see downloads: the link the widget clicks is
      // recorded (and not followed), and so is every object URL revoked. The
      // engine may start the download after the click handler has returned;
      // the URL must still be valid then. (The test page's CSP lets no
      // fetch read a blob: URL, so validity is what revocation leaves.)
      await session.driver.evaluate(() => {
        window.cwDownloads = [];
        window.cwRevoked = [];
        const click = HTMLElement.prototype.click;
        HTMLElement.prototype.click = function () {
          if (this instanceof HTMLAnchorElement && this.download) {
            window.cwDownloads.push(this.href);
            return;
          }
          return click.call(this);
        };
        const revoke = URL.revokeObjectURL;
        URL.revokeObjectURL = (url) => {
          window.cwRevoked.push(url);
          revoke.call(URL, url);
        };
      });
      await session.click('button', 'Gem som fil');
      await session.until(() => window.cwDownloads.length, [], 1, 'one download started');
      const revoked = await session.driver.evaluate(() =>
        new Promise((resolve) => setTimeout(resolve, 0)).then(() => window.cwRevoked.includes(window.cwDownloads[0])),
      );
      assert.equal(revoked, false, `${session.driver.name}: the download's URL was revoked before the engine could start it`);
    },
  },
  {
    name: 'keyboard: Tab into the wheel, an arrow moves, Enter opens, Escape closes and focus stays',
    async run(session) {
      await session.open();
      await session.driver.press('Tab');
      await session.until(focusedSegment, [], segments[0].id, 'focus after Tab');
      await session.driver.press('ArrowRight');
      await session.until(focusedSegment, [], segments[1].id, 'focus after ArrowRight');
      await session.driver.press('Enter');
      await session.until(panel, [], { heading: segments[1].title, expanded: [segments[1].id] }, 'the panel after Enter');
      await session.driver.press('Escape');
      await session.until(panel, [], { heading: null, expanded: [] }, 'the panel after Escape');
      await session.until(focusedSegment, [], segments[1].id, 'focus after Escape');
    },
  },
  {
    name: 'presenting: PageDown steps through the wheel',
    async run(session) {
      await session.open();
      await session.driver.evaluate(() => document.querySelector('competence-wheel').setAttribute('mode', 'present'));
      await session.until(countOf, ['.cw-present'], 1, 'the presenting bar');
      // Into the widget, as a presenter's first click or Tab does; then the clicker.
      await session.driver.press('Tab');
      // The first two steps: a dimension and its first part (a long part may
      // continue on a further screen, which the Playwright journey covers).
      for (const [index, segment] of segments.slice(0, 2).entries()) {
        await session.driver.press('PageDown');
        // The total counts screens, and a long step may take two.
        await session.untilMatch(
          textOf,
          ['.cw-present__position [aria-hidden="true"]'],
          (text) => new RegExp(`^${index + 1} / ([0-9]+)$`).test(text ?? '') && Number(text.split(' / ')[1]) >= presentSteps,
          `the position after PageDown ${index + 1}`,
        );
        await session.until(panel, [], { heading: segment.title, expanded: [segment.id] }, `the panel after PageDown ${index + 1}`);
      }
    },
  },
  {
    name: "the group view accepts a participant's share code and shows the group's wheel",
    async run(session) {
      const part = parts[0];
      await session.open({ fresh: true });
      // A participant rates one part and shares anonymously …
      await session.clickSegment(part.id);
      await session.until(panel, [], { heading: part.title, expanded: [part.id] }, 'the part opened to rate it');
      await session.click('label[for="cw-level-4"]');
      await session.until(nameOf, [part.id], `${part.title}, Brugere, niveau 4 af 5`, 'the rating to share');
      await session.click('.cw-toolbar button', 'Del anonymt');
      // The click opened the box (told apart from a chunk that is slow to come) …
      await session.until(
        () => [...document.querySelector('competence-wheel').shadowRoot.querySelectorAll('.cw-toolbar button')]
          .find((b) => b.textContent.trim() === 'Del anonymt')?.getAttribute('aria-expanded') ?? null,
        [], 'true', 'Del anonymt pressed (aria-expanded)');
      // … and the code comes with the share chunk, fetched on first use: on a
      // loaded 2-core machine that can take longer than the default 5 s.
      const code = await session.untilMatch(textOf, ['.cw-share__code'], (text) => /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/.test(text ?? ''), 'a share code', 15_000);
      // … and the trainer types it, and one line that is no code, into the group view.
      await session.driver.evaluate(() => document.querySelector('competence-wheel').setAttribute('mode', 'group'));
      await session.click('#cw-group-codes');
      await session.until(() => document.querySelector('competence-wheel').shadowRoot.activeElement?.id ?? null, [], 'cw-group-codes', 'focus in the box for codes');
      await session.driver.type(`${code}\nHEJ-MED-DIG!`);
      await session.until(() => document.querySelector('competence-wheel').shadowRoot.querySelector('#cw-group-codes').value, [], `${code}\nHEJ-MED-DIG!`, 'the typed codes');
      await session.click('.cw-group button', 'Vis gruppens hjul');
      await session.untilMatch(textOf, ['.cw-group__participants'], (text) => /^1 deltager/.test(text ?? ''), 'one participant counted', 15_000);
      await session.until(countOf, ['.cw-group__rejected li'], 1, 'the line that is no code, listed as rejected');
      await session.untilMatch(nameOf, [part.id], (name) => name?.startsWith(`${part.title}, Brugere, gennemsnit 4,0`), "the part's name in the group's wheel");
    },
  },
  {
    // A workshop's participants on their phones: the flow that once trapped
    // in WebKit (issue 28), a few times over from fresh pages; `cargo xtask
    // stress` runs it a hundred times. A trap fails at once (suite.mjs).
    name: `the share flow, ${SHARE_FLOWS} times from fresh pages at a phone's width (${PHONE.width}×${PHONE.height}, or a 358 px widget): rate a part, "Del anonymt", a code`,
    async run(session) {
      await phoneViewport(session);
      try {
        for (let run = 0; run < SHARE_FLOWS; run += 1) {
          await shareFlow(session, run, { quick: run % 2 === 1 });
          const errors = await session.takeErrors();
          if (errors.length) throw new Error(`${session.driver.name}: share flow ${run + 1}: errors in the page:\n  ${errors.join('\n  ')}`);
        }
      } finally {
        session.phoneWidget = undefined;
        await session.driver.setViewport(SCREEN.width, SCREEN.height);
      }
    },
  },
  {
    // Issue 28: a grow of the wasm memory that the engine refuses ends the
    // module in a bare `unreachable`. The widget asks for what it needs at
    // the start (src/edge/memory.rs), so the worst realistic flow asks for
    // nothing more: the memory once the wheel is drawn is the memory after.
    name: 'the worst flow (12 parts with targets and 500-character notes, "Del anonymt", the profile, "Udskriv") grows no wasm memory after the start',
    async run(session) {
      await phoneViewport(session);
      try {
        const { before, most, after } = await worstFlow(session, { typed: false });
        assert.ok(before > 0, `${session.driver.name}: the widget's wasm memory was not seen`);
        assert.deepEqual({ most, after }, { most: before, after: before }, `${session.driver.name}: bytes of wasm memory once drawn: ${before}`);
      } finally {
        session.phoneWidget = undefined;
        await session.driver.setViewport(SCREEN.width, SCREEN.height);
      }
    },
  },
  {
    // The kinds of label: titles, short titles and numbers. MiniBrowser's
    // window is never narrower than 447 px, so the phone sizes are the
    // widget at 358 px (a 390 px phone less the page's padding: short titles
    // on the compact rings) and at 288 px (numbers) in a 480 px page; labels
    // follow the widget's own width.
    name: 'labels lie inside their segments: titles at 1280 px, short titles at 480 and 358 px, numbers at 288 px',
    async run(session) {
      for (const { width, height, widget, numbers } of [
        { width: SCREEN.width, height: SCREEN.height },
        { width: 480, height: 844 },
        { width: 480, height: 844, widget: 358 },
        { width: 480, height: 844, widget: 288, numbers: true },
      ]) {
        const size = widget ? `a ${widget} px widget` : `${width} px`;
        await session.driver.setViewport(width, height);
        await session.open();
        if (widget) {
          // The CSSOM, which the page's Content-Security-Policy allows.
          await session.driver.evaluate((px) => document.querySelector('competence-wheel').style.setProperty('width', `${px}px`), widget);
          const isNumber = (text) => /^[0-9.]+$/.test(text ?? '');
          await session.untilMatch(
            textOf,
            [`[data-label-for="${parts[0].id}"]`],
            (text) => (numbers ? isNumber(text) : !!text && !isNumber(text)),
            `${numbers ? 'numbers' : 'words'} on ${size}`,
          );
        }
        await session.until(countOf, ['.cw-seg__label'], segments.length, `labels drawn at ${size}`);
        await session.until(labelsOutsideSegments, [], [], `labels outside their segments at ${size}`);
      }
      await session.driver.setViewport(SCREEN.width, SCREEN.height);
    },
  },
  {
    // The pre-rendered first view (xtask/src/prerender.rs) is as tall as
    // the widget: these engines ignore `blocking="render"`, so this is the
    // page from the first frame that shows the widget (shift.html records
    // every frame) to three frames after the widget itself is there.
    // A first visit: no ratings stored. The checks before this one leave
    // ratings in this origin's storage, and with ratings the widget mounts
    // the print-only profile, whose chunk shows "Henter …" (a 40 px line)
    // for the widget's first frames: the text below moved 40 px down and
    // back (a full run saw it at 288 and 358 px; the retry, which clears
    // the storage, passed). That shift is the widget's, not this check's,
    // and stays open: see the report for fixC.
    // Then with the page's column narrowed only once the first view is in
    // place (shift.html?late: a page stylesheet arriving late, a turned
    // phone), so the first view is drawn again for the new width before its
    // first frame. Where that redraw resized what its observer watched, the
    // engines reported an uncaught "ResizeObserver loop completed with
    // undelivered notifications" (issue 28; once in CI on a plain load at
    // 288 px, every time at 288 and 700 px with ?late).
    name: 'the text below the widget lands within 2 px while it loads, on a first visit: da and en at 288, 358, 700 and 1100 px columns, and at 288 and 700 px with the column narrowed late; no "ResizeObserver loop" error',
    async run(session) {
      const loads = ['da', 'en'].flatMap((lang) => [
        ...[288, 358, 700, 1100].map((width) => ({ lang, width, late: false })),
        ...[288, 700].map((width) => ({ lang, width, late: true })),
      ]);
      for (const { lang, width, late } of loads) {
        const what = `${lang}, ${width} px${late ? ', the column narrowed late' : ''}`;
        await session.harvest();
        await session.driver.setViewport(Math.max(width + 40, 480), SCREEN.height);
        await session.driver.goto(`${BASE_URL}/engines/shift.html?w=${width}&lang=${lang}&fresh${late ? '&late' : ''}`);
        session.onPage = true;
        await session.until(() => window.cwShift.done, [], true, `the widget ready (${what})`, 15_000);
        const frames = await session.driver.evaluate(() => window.cwShift.frames);
        assert.ok(frames.some((frame) => frame.pre), `${session.driver.name}: ${what}: the pre-rendered first view was on the screen`);
        const final = frames.at(-1).y;
        const moved = frames.filter((frame) => Math.abs(frame.y - final) > 2);
        assert.deepEqual(moved, [], `${session.driver.name}: ${what}: frames whose text below is more than 2 px from ${final}`);
        // Named here, with the load it came from (the suite fails on any
        // page error after the check as well).
        const loops = await session.driver.evaluate(() => window.engineTestErrors.filter((error) => error.includes('ResizeObserver')));
        assert.deepEqual(loops, [], `${session.driver.name}: ${what}: resize observer errors`);
      }
      await session.driver.setViewport(SCREEN.width, SCREEN.height);
    },
  },
  {
    // Issue 28: Firefox cuts off a page's fetches when the tab leaves it,
    // and the page being left reported each chunk on its way as an error
    // (the share flow's reload after clearing the storage met it, with the
    // idle `rate` chunk on its way). Here the server holds the page's chunks
    // 5 s (`?delay=` in the page's address), and the tab reloads, then
    // leaves, while the `rate` chunk is on its way: no error, from any page.
    name: 'reloading or leaving a page while a chunk is on its way reports no error (Firefox cuts the fetch off)',
    async run(session) {
      // WebKitGTK's driver sees neither requests nor a left page's console.
      if (!session.driver.requested) return;
      const rateChunk = /\/dist\/competence-wheel\.rate\.[0-9a-f]{10}\.wasm$/;
      await session.harvest();
      let asked = session.driver.requested(rateChunk, 15_000);
      await session.driver.goto(`${BASE_URL}/engines/?delay=5000`);
      session.onPage = true;
      await session.ready();
      await asked;
      assert.deepEqual(await session.takeErrors(), [], `${session.driver.name}: errors before leaving`);
      // session.reload() and open() would wait for the chunk: not these.
      asked = session.driver.requested(rateChunk, 15_000);
      await session.driver.reload();
      await session.ready();
      await asked;
      assert.deepEqual(await session.takeErrors(), [], `${session.driver.name}: errors from reloading with a chunk on its way`);
      session.onPage = false;
      await session.open();
      assert.deepEqual(await session.takeErrors(), [], `${session.driver.name}: errors from leaving with a chunk on its way`);
    },
  },
  {
    name: 'no console or page errors while the page loads and settles',
    async run(session) {
      await session.open();
      // Settled, not a fixed time: the page and its fonts loaded, no chunk
      // on its way, no animation running, and two frames drawn since.
      await session.until(() => document.readyState === 'complete' && document.fonts.status === 'loaded', [], true, 'the page and its fonts loaded');
      await session.until(chunksFetching, [], 0, 'every chunk shown fetched');
      await session.driver.evaluate(settled);
      await session.driver.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
      // The suite then requires takeErrors() to be empty, as after every check.
    },
  },
];
