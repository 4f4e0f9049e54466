// The trainer's journey, as a trainer does it: a page with the wheel in
// present mode on a projector (1920 × 1080, and 1280 × 720 in full screen),
// driven after loading by nothing but keys — a clicker's PageDown/PageUp,
// Tab and Enter — and then the group's wheel, fed by five participants'
// links opened one after another in the same tab.
//
// At every step it checks what the room sees: the step's whole text inside
// the screen with no scrolling, labels large enough to read from the back,
// dimmed labels still legible. A screenshot of every step goes to the test's
// output folder.
import { test, expect } from '../helpers.mjs';
import { wheel, segments, parts, paragraphs, plain, expectNoAxeViolations } from '../helpers.mjs';
import { encode } from '../codes.mjs';

const PAGE = '/examples/present.html';

// A screenshot of every screen at 1920 × 1080 takes a while.
test.describe.configure({ timeout: 120_000 });

/** What one step shows the room, read from the page (nothing is changed). */
/** Waits until presenting's bar (a chunk of its own, fetched when the page
 *  presents) shows its buttons, as the trainer waits for it to appear;
 *  a loaded CI machine can take some seconds. */
async function presenting(page) {
  await expect(page.locator('competence-wheel .cw-present .cw-button').first()).toBeVisible({ timeout: 15_000 });
}

function readScreen(page) {
  return page.locator('competence-wheel').evaluate((host) => {
    const root = host.shadowRoot;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    };
    // The visible step (a hidden copy of every step may exist for measuring).
    const section = root.querySelector('section.cw-panel');
    const text = (el) => el.textContent.replaceAll('\u00ad', '').trim();
    const content = section
      ? [...section.querySelectorAll('#cw-panel-title, .cw-panel__eyebrow, .cw-panel__text, .cw-panel__subheading, .cw-panel__examples li, .cw-panel__part, .cw-questions__list li')]
        .map((el) => ({ kind: el.matches('#cw-panel-title') ? 'heading' : el.matches('.cw-panel__text') ? 'text' : el.matches('.cw-panel__examples li') ? 'example' : el.matches('.cw-questions__list li') ? 'question' : 'other', text: text(el), box: box(el) }))
      : [];
    // Anything that scrolls inside the widget and hides part of the step.
    const hiddenByScrolling = [...root.querySelectorAll('*')]
      .filter((el) => el.closest('[aria-hidden="true"]') === null)
      .filter((el) => /(auto|scroll|hidden)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1
        && section && el.contains(section))
      .map((el) => `${el.className}: ${el.scrollHeight} > ${el.clientHeight}`);

    const svg = root.querySelector('.cw-wheel');
    const white = [255, 255, 255];
    const rgb = (value) => value.match(/[\d.]+/g).slice(0, 3).map(Number);
    const over = (top, opacity, under) => top.map((c, i) => c * opacity + under[i] * (1 - opacity));
    const luminance = (c) => {
      const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const opacityOf = (el) => { let o = 1; for (let e = el; e && e !== root; e = e.parentElement ?? e.parentNode?.host) { if (e.nodeType === 1) o *= Number(getComputedStyle(e).opacity); } return o; };
    const labels = [...root.querySelectorAll('.cw-seg__label')].map((label) => {
      const id = label.dataset.labelFor;
      const shape = root.querySelector(`[data-segment="${id}"] .cw-seg__shape`);
      const fill = over(rgb(getComputedStyle(shape).fill), opacityOf(shape), white);
      const ink = over(rgb(getComputedStyle(label).fill), opacityOf(label), fill);
      const lines = [...label.querySelectorAll('tspan')].map((t) => t.getBoundingClientRect().height);
      return {
        id,
        open: root.querySelector(`[data-segment="${id}"]`).getAttribute('aria-expanded') === 'true',
        fontPx: parseFloat(label.getAttribute('font-size')) * label.getScreenCTM().a,
        glyphBox: Math.min(...lines),
        box: box(label),
        contrast: contrast(ink, fill),
      };
    });
    const px = (el) => (el ? parseFloat(getComputedStyle(el).fontSize) : null);
    const more = root.querySelector('.cw-present-panel__more');
    return {
      position: root.querySelector('.cw-present__position [aria-hidden="true"]')?.textContent,
      // What the back of the room reads besides the text: the bar's buttons,
      // the eyebrow over the heading, the source line.
      barButtonPx: Math.min(...[...root.querySelectorAll('.cw-present .cw-button')].map(px)),
      eyebrowPx: px(section?.querySelector('.cw-panel__eyebrow')),
      sourcePx: px(root.querySelector('.cw__source')),
      // "fortsættes →" at the foot of a screen whose step goes on.
      continues: more && getComputedStyle(more).visibility === 'visible' ? { text: text(more), box: box(more) } : null,
      start: [...root.querySelectorAll('.cw__panel p')].filter((p) => p.closest('[aria-hidden="true"]') === null && p.getClientRects().length > 0).map((p) => ({ text: text(p), box: box(p) })),
      content,
      hiddenByScrolling,
      bodyPx: Math.min(Infinity, ...[...(section?.querySelectorAll('.cw-panel__text, .cw-panel__examples li, .cw-questions__list li') ?? [])]
        .map((el) => parseFloat(getComputedStyle(el).fontSize))),
      wheel: box(svg),
      labels,
      focusInWidget: document.activeElement === host,
      scrollY: window.scrollY,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

function expectInside(what, box, viewport) {
  expect.soft(box.left, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect.soft(box.top, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
  expect.soft(box.right, `${what} runs off the right edge`).toBeLessThanOrEqual(viewport.width);
  expect.soft(box.bottom, `${what} runs off the bottom`).toBeLessThanOrEqual(viewport.height);
  expect.soft(box.height, `${what} is not shown`).toBeGreaterThan(0);
}

/** Every step's full text, in order, as the wheel's data file says. */
const expected = [
  ...segments.map((s) => ({
    title: s.title,
    texts: paragraphs(s.kind === 'part' ? s.part.description : s.dimension.intro),
    examples: s.kind === 'part' ? s.part.examples : [],
    questions: [],
  })),
  { title: wheel.questions.title, texts: paragraphs(wheel.questions.intro), examples: [], questions: wheel.questions.items },
];

/**
 * Presses PageDown through the whole presentation from step 0, checking each
 * screen; returns the number of screens. `check(screen, index)` adds checks.
 */
async function walkThrough(page, info, name, check = async () => {}) {
  await presenting(page);
  // The start screen has no position; the first step says where it is.
  await page.keyboard.press('PageDown');
  await expect(page.locator('competence-wheel .cw-present__position [aria-hidden="true"]')).toHaveText(/^1 \/ \d+$/);
  const first = await readScreen(page);
  const total = Number(first.position.split('/')[1]);
  expect(total).toBeGreaterThanOrEqual(expected.length);
  let step = -1;
  let seen = null;
  let before = null;
  const finish = () => {
    if (seen) {
      const want = expected[step];
      expect.soft(seen.texts, `${want.title}: every paragraph, once, in order`).toEqual(want.texts);
      expect.soft(seen.examples, `${want.title}: every example`).toEqual(want.examples);
      expect.soft(seen.questions, `${want.title}: every question`).toEqual(want.questions);
    }
  };
  for (let at = 1; at <= total; at++) {
    if (at > 1) await page.keyboard.press('PageDown');
    await expect(page.locator('competence-wheel .cw-present__position [aria-hidden="true"]')).toHaveText(`${at} / ${total}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const screen = await readScreen(page);
    const heading = screen.content.find((c) => c.kind === 'heading')?.text ?? '';
    const continued = /\((fortsat|continued)\)$/.test(heading);
    // The screen before a "(fortsat)" screen said "fortsættes →" at its
    // foot, inside the screen; no other screen says it.
    if (before) {
      expect.soft(before.continues?.text ?? null, `screen ${at - 1}: says the step goes on`).toBe(continued ? 'fortsættes →' : null);
      if (continued && before.continues) expectInside(`screen ${at - 1}: "fortsættes →"`, before.continues.box, before.viewport);
    }
    if (!continued) {
      finish();
      step += 1;
      seen = { texts: [], examples: [], questions: [] };
      expect(heading, `screen ${at}`).toBe(plain(expected[step].title));
    } else {
      expect(heading, `screen ${at}`).toBe(`${plain(expected[step].title)} (fortsat)`);
    }
    for (const item of screen.content) {
      if (item.kind === 'text') seen.texts.push(item.text);
      if (item.kind === 'example') seen.examples.push(item.text);
      if (item.kind === 'question') seen.questions.push(item.text);
      expectInside(`screen ${at} "${item.text.slice(0, 40)}"`, item.box, screen.viewport);
    }
    // No list item stands alone on a screen, and a continued list says so.
    const here = (kind) => screen.content.filter((c) => c.kind === kind).length;
    for (const [kind, all] of [['example', expected[step].examples], ['question', expected[step].questions]]) {
      if (all.length >= 2) expect.soft(here(kind), `screen ${at}: one ${kind} alone`).not.toBe(1);
    }
    const subheadings = screen.content.filter((c) => c.kind === 'other').map((c) => c.text);
    if (continued && here('example') > 0 && !subheadings.includes('Eksempler')) {
      expect.soft(subheadings, `screen ${at}: the continued list's heading`).toContain('Eksempler (fortsat)');
    }
    expect.soft(screen.hiddenByScrolling, `screen ${at}: nothing hidden in a scrolled box`).toEqual([]);
    expect.soft(screen.scrollY, 'the page never scrolls').toBe(0);
    await check(screen, at);
    await page.screenshot({ path: info.outputPath(`${name}-${String(at).padStart(2, '0')}.png`) });
    before = screen;
  }
  expect.soft(before.continues, 'the last screen does not say it goes on').toBe(null);
  finish();
  expect(step, 'every step was shown').toBe(expected.length - 1);
  return total;
}

test('presenting at 1920 × 1080: the clicker works from page load and every step fits the screen, legibly', { tag: '@long' }, async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(PAGE);
  await expect(page.locator('competence-wheel .cw-seg')).toHaveCount(segments.length);

  // Step 0: the widget has the keyboard, and says how to begin.
  await presenting(page);
  const start = await readScreen(page);
  expect(start.focusInWidget, 'the widget takes keyboard focus when it appears').toBe(true);
  expect.soft(start.position, 'no "0 / N" before the first step').toBeUndefined();
  const begin = start.start.find((p) => p.text === 'Tryk Næste eller Page Down for at begynde.');
  expect(begin, JSON.stringify(start.start)).toBeTruthy();
  expectInside('how to begin', begin.box, start.viewport);
  // The wheel fills the height there is: all of it but the bar above it.
  expect(start.wheel.height).toBeGreaterThanOrEqual(0.85 * 1080);
  expectInside('the wheel', start.wheel, start.viewport);
  await page.screenshot({ path: info.outputPath('1920x1080-00.png') });
  await expectNoAxeViolations(page);

  const total = await walkThrough(page, info, '1920x1080', async (screen, at) => {
    // Readable from the back of the room: labels of 24 px or more (the
    // font size as drawn, and the real glyph boxes), body text of 28 px.
    for (const label of screen.labels) {
      expect.soft(label.fontPx, `screen ${at}: ${label.id}'s label size`).toBeGreaterThanOrEqual(24);
      expect.soft(label.glyphBox, `screen ${at}: ${label.id}'s glyph box`).toBeGreaterThanOrEqual(24);
      expectInside(`${label.id}'s label`, label.box, screen.viewport);
      // Dimmed or lit, a label keeps 4.5:1 on what is behind it.
      expect.soft(label.contrast, `screen ${at}: ${label.id} (${label.open ? 'lit' : 'dimmed'})`).toBeGreaterThanOrEqual(4.5);
    }
    expect.soft(screen.bodyPx, `screen ${at}: body text`).toBeGreaterThanOrEqual(28);
    expect.soft(screen.barButtonPx, `screen ${at}: the bar's buttons`).toBeGreaterThanOrEqual(24);
    if (screen.eyebrowPx !== null) expect.soft(screen.eyebrowPx, `screen ${at}: the eyebrow`).toBeGreaterThanOrEqual(24);
    expect.soft(screen.sourcePx, `screen ${at}: the source line`).toBeGreaterThanOrEqual(20);
    expect(screen.focusInWidget).toBe(true);
  });

  await expectNoAxeViolations(page);
  // A clicker stops at the ends: PageDown on the last screen stays there,
  // PageUp on the first stays there (no wrapping round to the other end).
  const position = page.locator('competence-wheel .cw-present__position [aria-hidden="true"]');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(`${total - 1} / ${total}`);
  await page.keyboard.press('Home');
  await expect(position).toHaveText(`1 / ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(`1 / ${total}`);
  await expect(page.locator('competence-wheel #cw-panel-title')).toHaveText(plain(segments[0].title));
  await page.keyboard.press('Space');
  await expect(position).toHaveText(`2 / ${total}`);
  await page.keyboard.press('End');
  await expect(page.locator('competence-wheel #cw-panel-title')).toHaveText(wheel.questions.title);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // B (and .) blanks the screen, as in PowerPoint: black, nothing of the
  // slide shown; B again, or any step key, brings it back where it was.
  const slideShown = () => page.locator('competence-wheel').evaluate((host) => {
    const root = host.shadowRoot;
    const cw = root.querySelector('.cw');
    return {
      background: getComputedStyle(cw).backgroundColor,
      titleVisible: getComputedStyle(root.querySelector('#cw-panel-title')).visibility === 'visible',
      wheelVisible: getComputedStyle(root.querySelector('.cw-wheel')).visibility === 'visible',
    };
  });
  const at = await position.textContent();
  for (const [blankKey, back] of [['b', 'b'], ['.', '.'], ['b', 'PageDown'], ['.', 'PageUp']]) {
    await page.keyboard.press(blankKey);
    await expect.poll(slideShown, `${blankKey} blanks the screen`).toEqual({ background: 'rgb(0, 0, 0)', titleVisible: false, wheelVisible: false });
    await page.screenshot({ path: info.outputPath('1920x1080-blank.png') });
    await page.keyboard.press(back);
    await expect.poll(slideShown, `${back} brings the slide back`).toEqual({ background: expect.not.stringMatching(/^rgb\(0, 0, 0\)$/), titleVisible: true, wheelVisible: true });
    await expect(position, 'the presenter keeps their place').toHaveText(at);
  }
  // From a button of the bar too: blanking hides the button, and the widget
  // keeps the keyboard (focus on its root), so B brings the slide back.
  const focusedInWidget = () =>
    page.evaluate(() => {
      const host = document.querySelector('competence-wheel');
      return document.activeElement === host ? host.shadowRoot.activeElement?.localName ?? null : null;
    });
  await page.keyboard.press('Tab');
  await expect.poll(focusedInWidget).toBe('button');
  await page.keyboard.press('b');
  await expect.poll(slideShown, 'B blanks the screen from a button').toEqual({ background: 'rgb(0, 0, 0)', titleVisible: false, wheelVisible: false });
  await expect.poll(focusedInWidget, 'the widget keeps the keyboard').toBe('div');
  await page.keyboard.press('b');
  await expect.poll(slideShown, 'B brings the slide back').toEqual({ background: expect.not.stringMatching(/^rgb\(0, 0, 0\)$/), titleVisible: true, wheelVisible: true });
  await expect(position, 'the presenter keeps their place').toHaveText(at);
});

test('presenting at 1280 × 720 in full screen, by keys alone: every step fits; Escape leaves full screen', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(PAGE);
  await expect(page.locator('competence-wheel .cw-seg')).toHaveCount(segments.length);
  const host = page.locator('competence-wheel');
  const fullScreen = host.getByRole('button', { name: /^(Fuld skærm|Afslut fuld skærm)$/ });
  await expect(fullScreen).toHaveText('Fuld skærm');

  // From the widget's own focus, Tab reaches the full-screen button:
  // Forrige, Næste, Fuld skærm.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('competence-wheel');
  await expect(fullScreen).toHaveText('Afslut fuld skærm');
  await expect(fullScreen).toHaveAttribute('aria-pressed', 'true');
  const filled = await host.evaluate((el) => el.shadowRoot.querySelector('.cw').getBoundingClientRect().toJSON());
  expect([filled.width, filled.height]).toEqual([1280, 720]);
  await page.screenshot({ path: info.outputPath('1280x720-full-screen-00.png') });

  const total = await walkThrough(page, info, '1280x720-full-screen', async (screen, at) => {
    for (const label of screen.labels) {
      expectInside(`${label.id}'s label`, label.box, screen.viewport);
      expect.soft(label.contrast, `screen ${at}: ${label.id}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  await expectNoAxeViolations(page);

  // Escape leaves full screen as usual, and the presenter keeps their place.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
  await expect(fullScreen).toHaveText('Fuld skærm');
  await expect(fullScreen).toHaveAttribute('aria-pressed', 'false');
  await expect(host.locator('.cw-present__position [aria-hidden="true"]')).toHaveText(`${total} / ${total}`);
});

test('the group\'s wheel: five links opened one after another in the same tab make five participants', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const people = [
    [5, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 1],
    [3, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 2],
    [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 3],
    [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4],
    [4, 5, 1, 3, 3, 3, 1, 5, 2, 4, 3, 5],
  ];
  const codes = people.map(encode);
  const host = page.locator('competence-wheel');
  // The trainer pastes each participant's link into the address bar of the
  // same tab: the first loads the page, the rest change only the fragment.
  await page.goto(`/#cw-code=${codes[0]}`);
  await expect(host.locator('.cw-seg')).toHaveCount(segments.length);
  const loadedAt = await page.evaluate(() => performance.timeOrigin);
  // The trainer sees each count go up before pasting the next link.
  // (Links fired within milliseconds of each other can still lose one:
  // a known race, recorded in the issue notes.)
  await expect(host.locator('.cw-group__participants')).toHaveText('1 deltager');
  for (const [index, code] of codes.slice(1).entries()) {
    await page.goto(`/#cw-code=${code}`);
    await expect(host.locator('.cw-group__participants')).toHaveText(`${index + 2} deltagere`);
  }
  expect(await page.evaluate(() => performance.timeOrigin), 'the same page, never reloaded').toBe(loadedAt);

  await expect(host.locator('.cw-group__participants')).toHaveText('5 deltagere');
  await expect(host.locator('#cw-group-codes')).toHaveValue(codes.join('\n'));
  // The hub says it too, at a glance, and the wheel's name for screen readers.
  await expect(host.locator('.cw-wheel__hub-text tspan')).toHaveText(['5', 'deltagere']);
  await expect(host.locator('svg.cw-wheel')).toHaveAttribute('aria-label', /5 deltagere$/);
  const firstPart = people.map((p) => p[0]);
  const mean = (firstPart.reduce((a, b) => a + b, 0) / 5).toFixed(1).replace('.', ',');
  await expect(host.locator(`[data-segment="${parts[0].id}"]`)).toHaveAttribute('aria-label', new RegExp(`gennemsnit ${mean}, spænd 1–5, 5 svar`));

  // A visible legend says what the band and the arcs mean.
  const legend = host.locator('.cw-legend');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('gennemsnit');
  await expect(legend).toContainText('laveste og det højeste svar');

  // No label is crossed: the range arcs keep clear of every label's glyph
  // box, and the band behind a label is kept off its glyphs by a halo in
  // the segment's own colour.
  const crossings = await host.evaluate((el) => {
    const root = el.shadowRoot;
    const problems = [];
    const boxes = [...root.querySelectorAll('.cw-seg__label')].map((label) => ({ id: label.dataset.labelFor, box: label.getBBox() }));
    for (const arc of root.querySelectorAll('.cw-seg__target')) {
      const length = arc.getTotalLength();
      for (let d = 0; d <= length; d += 1) {
        const p = arc.getPointAtLength(d);
        for (const { id, box } of boxes) {
          if (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height) {
            problems.push(`an arc crosses ${id} at (${p.x.toFixed(0)}, ${p.y.toFixed(0)})`);
          }
        }
      }
    }
    for (const seg of root.querySelectorAll('.cw-seg--part')) {
      const label = root.querySelector(`[data-label-for="${seg.dataset.segment}"]`);
      const style = getComputedStyle(label);
      const fill = getComputedStyle(seg.querySelector('.cw-seg__shape')).fill;
      if (!style.paintOrder.startsWith('stroke') || style.stroke !== fill || parseFloat(style.strokeWidth) <= 0) {
        problems.push(`${seg.dataset.segment}: no halo (${style.paintOrder}, ${style.stroke} vs ${fill})`);
      }
    }
    return [...new Set(problems)];
  });
  expect(crossings).toEqual([]);
  await expect(host.locator('.cw-seg__target')).not.toHaveCount(0);
  await page.screenshot({ path: info.outputPath('group-1920x1080.png') });
  await host.locator('.cw-wheel').screenshot({ path: info.outputPath('group-wheel.png') });
  await expectNoAxeViolations(page);

  // The same link again counts once.
  await page.goto(`/#cw-code=${codes[2]}`);
  await page.goto(`/#cw-code=${codes[3]}`);
  await expect(host.locator('.cw-group__participants')).toHaveText('5 deltagere');
});

/** What the room sees of the group's wheel (nothing is changed). */
function readGroup(page) {
  return page.locator('competence-wheel').evaluate((host) => {
    const root = host.shadowRoot;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    };
    const px = (el) => parseFloat(el.getAttribute('font-size')) * el.getScreenCTM().a;
    const hub = root.querySelector('.cw-wheel__hub-text');
    return {
      viewport: { width: innerWidth, height: innerHeight },
      wheel: box(root.querySelector('.cw-wheel')),
      hub: box(hub),
      // The number of participants, as drawn (the hub's first line).
      hubPx: parseFloat(getComputedStyle(hub.querySelector('tspan')).fontSize) * hub.getScreenCTM().a,
      labels: [...root.querySelectorAll('.cw-seg__label')].map((label) => ({ id: label.dataset.labelFor, px: px(label), box: box(label) })),
      legend: box(root.querySelector('.cw-legend')),
      legendPx: Math.min(...[...root.querySelectorAll('.cw-legend p, .cw-legend li span')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
      count: box(root.querySelector('.cw-group__participants')),
      countPx: parseFloat(getComputedStyle(root.querySelector('.cw-group__participants')).fontSize),
      codesShown: root.querySelector('#cw-group-codes').getClientRects().length > 0,
      scrollY: window.scrollY,
    };
  });
}

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`the group's wheel for a room at ${width} × ${height}: Vis gruppens hjul shows the wheel; in full screen wheel, count and legend fit, legibly`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    const codes = [
      [5, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 1],
      [3, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 2],
      [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 3],
    ].map(encode);
    const host = page.locator('competence-wheel');
    await page.goto('/');
    await host.evaluate((el) => el.setAttribute('mode', 'group'));
    await expect(host.locator('#cw-group-codes')).toBeVisible();
    await expect(host.locator('.cw-seg')).toHaveCount(segments.length);
    // The trainer pastes the codes and asks for the group's wheel: the
    // wheel (above the box) comes into view, whole.
    const box = host.locator('#cw-group-codes');
    await box.click();
    await page.keyboard.insertText(codes.join('\n'));
    await host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
    await expect(host.locator('.cw-group__participants')).toHaveText('3 deltagere');
    await expect.poll(async () => {
      const g = await readGroup(page);
      return g.wheel.top >= 0 && g.wheel.bottom <= g.viewport.height + 1;
    }, 'the wheel is in view after Vis gruppens hjul').toBe(true);
    await page.screenshot({ path: info.outputPath(`group-${width}-shown.png`) });

    // Full screen, from the group's own button; its label and state follow.
    const fullScreen = host.getByRole('button', { name: /^(Fuld skærm|Afslut fuld skærm)$/ });
    await expect(fullScreen).toHaveAttribute('aria-pressed', 'false');
    await fullScreen.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('competence-wheel');
    await expect(fullScreen).toHaveText('Afslut fuld skærm');
    await expect(fullScreen).toHaveAttribute('aria-pressed', 'true');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect.poll(async () => (await readGroup(page)).wheel.height, 'the wheel fills the height').toBeGreaterThanOrEqual(0.9 * height);
    const g = await readGroup(page);
    await page.screenshot({ path: info.outputPath(`group-${width}-full-screen.png`) });
    expectInside('the wheel', g.wheel, g.viewport);
    expectInside('the hub\'s count', g.hub, g.viewport);
    expectInside('the legend', g.legend, g.viewport);
    expectInside('the number of participants', g.count, g.viewport);
    // Beside the wheel, not under it.
    expect(g.legend.left, 'the legend sits beside the wheel').toBeGreaterThanOrEqual(g.wheel.right);
    expect(g.count.left, 'the count sits beside the wheel').toBeGreaterThanOrEqual(g.wheel.right);
    expect(g.codesShown, 'the code box is put away').toBe(false);
    for (const label of g.labels) expectInside(`${label.id}'s label`, label.box, g.viewport);
    if (width === 1920) {
      for (const label of g.labels) expect.soft(label.px, `${label.id}'s label size`).toBeGreaterThanOrEqual(24);
      expect.soft(g.legendPx, 'the legend\'s text').toBeGreaterThanOrEqual(24);
      expect.soft(g.countPx, 'the number of participants').toBeGreaterThanOrEqual(24);
      // The hub's own count is smaller (a room's wheel gives the hub's room
      // to the labels); the count beside the wheel is the one to read.
      expect.soft(g.hubPx, 'the hub\'s count').toBeGreaterThanOrEqual(16);
    }
    await expectNoAxeViolations(page);

    // A part opened in full screen: its text scrolls in the room beside the
    // wheel, so none of it is cut off out of reach.
    await host.locator('.cw-seg--part').first().click();
    await expect(host.locator('#cw-panel-title')).toBeVisible();
    const panel = await host.evaluate((el) => {
      const box = el.shadowRoot.querySelector('.cw__panel');
      return { overflowY: getComputedStyle(box).overflowY, overflows: box.scrollHeight > box.clientHeight };
    });
    expect(panel.overflows, 'a part\'s text is taller than the room beside the wheel').toBe(true);
    expect(['auto', 'scroll'], 'the part\'s text scrolls').toContain(panel.overflowY);

    // Escape leaves full screen, and the code box is back.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
    await expect(fullScreen).toHaveText('Fuld skærm');
    await expect(fullScreen).toHaveAttribute('aria-pressed', 'false');
    await expect(box).toBeVisible();
  });
}

// Two sets in full screen: both counts share a line, so an open part's
// figures (each set's, and the change) are read whole beside the wheel, with
// no scrolling (they were cut at the second set's line).
test('two sets in full screen at 1920 × 1080: an open part shows both sets\' figures and the change without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const people = [
    [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2],
    [2, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 3],
    [3, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 4],
    [4, 3, 3, 4, 5, 1, 2, 3, 4, 5, 1, 5],
  ].map(encode);
  const host = page.locator('competence-wheel');
  await page.goto('/');
  await host.evaluate((el) => el.setAttribute('mode', 'group'));
  await host.locator('#cw-group-codes').fill(people.slice(0, 3).join('\n'));
  await host.locator('#cw-group-codes-2').fill(people.slice(1, 4).join('\n'));
  await host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  await expect(host.locator('.cw-group__count')).toHaveCount(2);
  await host.locator('.cw-seg--part').first().click();
  await expect(host.locator('#cw-panel-title')).toBeVisible();
  await host.getByRole('button', { name: 'Fuld skærm' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('competence-wheel');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const seen = await host.evaluate((el) => {
    const panel = el.shadowRoot.querySelector('.cw__panel').getBoundingClientRect();
    const lines = [...el.shadowRoot.querySelectorAll('.cw__panel .cw-panel__group')];
    return {
      lines: lines.length,
      inside: lines.every((line) => {
        const box = line.getBoundingClientRect();
        return box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1;
      }),
      counts: [...el.shadowRoot.querySelectorAll('.cw-group__count')].map((count) => Math.round(count.getBoundingClientRect().top)),
      debug: JSON.stringify([panel.top, panel.bottom, lines.map((l) => [l.getBoundingClientRect().top, l.getBoundingClientRect().bottom, l.textContent])]),
    };
  });
  expect(seen.lines, 'each set\'s figures and the change').toBe(3);
  expect(seen.inside, `every figure line within the panel's visible room ${seen.debug}`).toBe(true);
  expect(seen.counts[0], 'the two counts on one line').toBe(seen.counts[1]);
  await expectNoAxeViolations(page);
});

test('a mangled share link shows its code as written, not URL-encoded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#cw-code=hello%20world');
  const rejected = page.locator('competence-wheel .cw-group__rejected li');
  await expect(rejected).toHaveCount(1);
  await expect(rejected.locator('code')).toHaveText('hello world');
  await expect(rejected).not.toContainText('%');
});
