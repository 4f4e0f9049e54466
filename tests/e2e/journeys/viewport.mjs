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
