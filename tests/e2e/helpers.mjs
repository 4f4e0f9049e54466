// Shared fixtures for the browser tests: `test` with the trap watch, the
// wheel's content (read from the same data file the widget compiles in), a
// page object for the widget, and axe-core.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';

export { expect };

/** What a wasm trap or a Rust panic looks like in a page's errors. */
export const TRAP = /RuntimeError|unreachable|panicked|competence-wheel stopped/i;

const trapMarks = new URL('../../target/playwright-traps/', import.meta.url);

/**
 * Playwright's `test`, watching every page of the test for page errors
 * (uncaught exceptions) and console errors. A page error, or a console error
 * that names a wasm trap or a panic, fails the test after it has run. A
 * trap is never retried away: the failing attempt leaves a mark (a file
 * under target/, since a retry runs in a fresh worker), and a retry of that
 * test fails at once with the first attempt's error, so the test is reported
 * as failed, never as "flaky". A test that provokes errors on purpose lists
 * them with `test.use({ expectedErrors: [/…/] })`.
 */
export const test = base.extend({
  expectedErrors: [[], { option: true }],
  pageErrors: [
    async ({ context, expectedErrors }, use, testInfo) => {
      const mark = new URL(encodeURIComponent(testInfo.testId), trapMarks);
      if (testInfo.retry > 0 && existsSync(mark)) {
        throw new Error(`not retried: the first attempt trapped or panicked:\n${readFileSync(mark, 'utf8')}`);
      }
      const errors = [];
      const watch = (page) => {
        page.on('pageerror', (error) => errors.push(`page error: ${error.stack || error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error' && TRAP.test(message.text())) errors.push(`console error: ${message.text()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      const unexpected = errors.filter((error) => !expectedErrors.some((pattern) => pattern.test(error)));
      const traps = unexpected.filter((error) => TRAP.test(error));
      if (traps.length) {
        mkdirSync(trapMarks, { recursive: true });
        writeFileSync(mark, traps.join('\n'));
      } else if (testInfo.retry === 0) {
        rmSync(mark, { force: true });
      }
      expect(unexpected, 'page errors, or a wasm trap or panic, during the test').toEqual([]);
    },
    { auto: true },
  ],
});

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The built-in KL wheel, as its data file says. */
export const wheel = JSON.parse(
  readFileSync(new URL('../../www/wheels/kl-medarbejder.da.json', import.meta.url), 'utf8'),
);

/** Text as the widget shows it: soft hyphens are invisible. */
export const plain = (text) => text.replaceAll('\u00ad', '');

/** A dist/ file's name without its content hash (`competence-wheel.<hash>.wasm` is
 * `competence-wheel.wasm`; see `hashed_name` in xtask/src/dist.rs). */
export const unhashed = (path) => path.replace(/\.[0-9a-f]{10}(\.[a-z]+)$/, '$1');

/** Every segment in reading order: each dimension, then its parts. */
export const segments = wheel.dimensions.flatMap((dimension) => [
  { kind: 'dimension', dimension, id: dimension.id, title: plain(dimension.title) },
  ...dimension.parts.map((part) => ({ kind: 'part', dimension, part, id: part.id, title: plain(part.title) })),
]);

export const parts = segments.filter((s) => s.kind === 'part');

export const paragraphs = (text) => text.split('\n\n').map((p) => p.trim()).filter(Boolean);

/** A page object for one <competence-wheel> on a page. */
export class WheelPage {
  constructor(page, host = page.locator('competence-wheel').first()) {
    this.page = page;
    this.host = host;
    this.panel = host.locator('#cw-panel');
    this.heading = host.locator('#cw-panel-title');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  /** Waits until all segments are drawn and labelled by the widget itself
   *  (the pre-rendered first view's segments are not buttons). */
  async ready() {
    await expect(this.host.locator('.cw-seg[role="button"]')).toHaveCount(segments.length);
  }

  segment(id) {
    return this.host.locator(`[data-segment="${id}"]`);
  }

  /** The text drawn on a segment. */
  label(id) {
    return this.host.locator(`[data-label-for="${id}"]`);
  }

  /** Asserts that the panel shows `segment`'s text. */
  async expectPanel(segment) {
    await expect(this.heading).toHaveText(segment.title);
    const body = segment.kind === 'part' ? segment.part.description : segment.dimension.intro;
    const texts = this.panel.locator('.cw-panel__text');
    await expect(texts).toHaveText(paragraphs(body));
    if (segment.kind === 'part') {
      await expect(this.panel.locator('.cw-panel__examples li')).toHaveText(segment.part.examples);
      await expect(this.panel.locator('.cw-panel__back')).toHaveText(plain(segment.dimension.title));
    } else {
      await expect(this.panel.locator('.cw-panel__part')).toHaveText(segment.dimension.parts.map((p) => plain(p.title)));
    }
    await expect(this.segment(segment.id)).toHaveAttribute('aria-expanded', 'true');
    await expect(this.host.locator('[aria-expanded="true"]')).toHaveCount(1);
  }

  async expectClosed() {
    await expect(this.host.locator('.cw-panel__hint')).toBeVisible();
    await expect(this.host.locator('[aria-expanded="true"]')).toHaveCount(0);
  }

  /** The data-segment id of the element that has focus inside the widget. */
  focusedSegment() {
    return this.host.evaluate((el) => el.shadowRoot.activeElement?.getAttribute('data-segment') ?? null);
  }

  /** The text of the focused element, soft hyphens removed. */
  focusedText() {
    return this.host.evaluate((el) => el.shadowRoot.activeElement?.textContent?.replaceAll('\u00ad', '') ?? null);
  }
}

/** The storage key the built-in wheel uses by default. */
export const storageKey = `competence-wheel:${wheel.id}`;

/** Reads the stored ratings document (or null). */
export function stored(page, key = storageKey) {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
}

/** Opens `part` and chooses `level` (0: not rated) with the mouse. */
export async function rateByMouse(wheelPage, part, level, target) {
  await wheelPage.segment(part.id).click();
  await wheelPage.host.locator(`#cw-level-${level}`).check();
  if (target !== undefined) {
    await wheelPage.host.locator(`#cw-target-${target}`).check();
  }
}

/** Runs axe-core over the page (shadow roots included); fails on any violation. */
export async function expectNoAxeViolations(page) {
  // Judge the settled page, not a panel halfway through fading in.
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
  });
  // evaluate() runs outside the page's Content-Security-Policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/**
 * For every segment label: the points of its glyph box (corners and points
 * along each edge) that lie outside its own segment's shape. The browser's
 * own geometry decides (SVGGeometryElement.isPointInFill).
 */
export function labelsOutsideSegments(host) {
  return host.evaluate((el) => {
    const problems = [];
    for (const seg of el.shadowRoot.querySelectorAll('.cw-seg')) {
      const shape = seg.querySelector('.cw-seg__shape');
      const label = el.shadowRoot.querySelector(`[data-label-for="${seg.dataset.segment}"]`);
      if (!label) {
        problems.push(`${seg.dataset.segment}: no label`);
        continue;
      }
      const box = label.getBBox();
      const svg = shape.ownerSVGElement;
      const steps = 12;
      for (let i = 0; i <= steps; i++) {
        const t = i / steps;
        const points = [
          [box.x + box.width * t, box.y],
          [box.x + box.width * t, box.y + box.height],
          [box.x, box.y + box.height * t],
          [box.x + box.width, box.y + box.height * t],
        ];
        for (const [x, y] of points) {
          const point = svg.createSVGPoint();
          point.x = x;
          point.y = y;
          if (!shape.isPointInFill(point)) {
            problems.push(`${seg.dataset.segment}: (${x.toFixed(1)}, ${y.toFixed(1)}) of "${label.textContent}"`);
            break;
          }
        }
      }
    }
    return problems;
  });
}
