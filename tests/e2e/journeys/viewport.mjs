// What a person sees: whether things are on the screen, measured from the
// page's own layout (bounding boxes against the viewport), never by asking
// the browser to scroll something into view.
import { expect } from '@playwright/test';

/** Whether `locator`'s box lies wholly inside the viewport (1 px slack). */
export async function inViewport(page, locator) {
  const box = await locator.boundingBox();
  if (!box) return false;
  const { width, height } = page.viewportSize();
  return box.x >= -1 && box.y >= -1 && box.x + box.width <= width + 1 && box.y + box.height <= height + 1;
}

/** Whether the middle of `locator` (where a finger lands) is on the screen. */
export async function centreInViewport(page, locator) {
  const box = await locator.boundingBox();
  if (!box) return false;
  const { width, height } = page.viewportSize();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  return x >= 0 && y >= 0 && x <= width && y <= height;
}

/**
 * Waits until `locator` is wholly on screen and has come to rest (any smooth
 * scrolling is over, as a person would wait for it).
 */
export async function expectInViewport(page, locator, what) {
  let last = null;
  await expect.poll(async () => {
    const box = await locator.boundingBox();
    const resting = box !== null && last !== null && Math.abs(box.y - last.y) < 0.5;
    last = box;
    return resting && (await inViewport(page, locator));
  }, { message: `${what} is on the screen`, timeout: 4000, intervals: [100] }).toBe(true);
}

/**
 * Words whose letters are split across two lines inside `locator` (a word
 * broken mid-word). Hyphens and dashes are allowed break points.
 */
export function wordsBrokenAcrossLines(locator) {
  return locator.evaluate((root) => {
    const broken = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\s\-–\u00ad]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

/** Sideways overflow of the page and of `locator` itself, in CSS px. */
export async function horizontalOverflow(page, locator) {
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const own = await locator.evaluate((el) => {
    const right = el.getBoundingClientRect().right;
    const widest = Math.max(right, ...[...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
    return Math.max(el.scrollWidth - el.clientWidth, widest - window.innerWidth);
  });
  return Math.max(pageOverflow, own);
}

/**
 * Parts whose band edge or target arc could run through their label without
 * a halo: for every part with a band (`.cw-seg__level`) or a target
 * (`.cw-seg__target`) and a label, the label must be painted after them, with
 * its stroke first (`paint-order: stroke`), a real stroke width and the
 * stroke in the segment's own fill. Returns the ids that fail, with why.
 */
export function labelsWithoutHalo(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const failures = [];
    for (const seg of root.querySelectorAll('.cw-seg--part')) {
      const marks = [...seg.querySelectorAll('.cw-seg__level, .cw-seg__target')];
      const label = root.querySelector(`[data-label-for="${seg.dataset.segment}"]`);
      if (!marks.length || !label) continue;
      const style = getComputedStyle(label);
      const fill = getComputedStyle(seg.querySelector('.cw-seg__shape')).fill;
      const after = marks.every((m) => m.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING);
      const why = [];
      if (!after) why.push('painted before its marks');
      if (!style.paintOrder.startsWith('stroke')) why.push(`paint-order ${style.paintOrder}`);
      if (!(parseFloat(style.strokeWidth) > 0)) why.push(`stroke-width ${style.strokeWidth}`);
      if (style.stroke !== fill) why.push(`stroke ${style.stroke} on fill ${fill}`);
      if (why.length) failures.push(`${seg.dataset.segment}: ${why.join(', ')}`);
    }
    return failures;
  });
}

/**
 * The panel's controls and headings that something else covers where a
 * finger would land: for each one whose centre is on the screen,
 * `elementFromPoint` at that centre must be the control itself (or inside
 * it). The page is scrolled through the panel a screen at a time, as the
 * person would, and put back. Returns "text @ scrollY covered by …" lines.
 */
export function coveredInPanel(host) {
  return host.evaluate(async (el) => {
    const root = el.shadowRoot;
    const panel = root.querySelector('.cw-panel');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const start = window.scrollY;
    const covered = [];
    const top = panel.getBoundingClientRect().top + window.scrollY;
    const bottom = panel.getBoundingClientRect().bottom + window.scrollY;
    for (let y = Math.max(0, top - 40); y < bottom; y += window.innerHeight / 3) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await frame();
      const controls = panel.querySelectorAll('label, textarea, button, legend, h3, h4, .cw-rating__saved');
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        const [x, cy] = [box.left + box.width / 2, box.top + box.height / 2];
        if (cy < 0 || cy > window.innerHeight || x < 0 || x > window.innerWidth) continue;
        const hit = root.elementFromPoint(x, cy);
        if (hit && (hit === control || control.contains(hit))) continue;
        covered.push(`${control.textContent.trim().slice(0, 30) || control.tagName} @ ${Math.round(window.scrollY)} covered by ${hit?.className || hit?.tagName}`);
      }
    }
    window.scrollTo({ top: start, behavior: 'instant' });
    await frame();
    return covered;
  });
}
