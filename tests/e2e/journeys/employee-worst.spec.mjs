// An employee's worst realistic case before the development talk: every one
// of the 12 parts rated, a target on each, and a note of 300 characters on
// four of them. *Udskriv* must give one A4 page whatever screen it is printed
// from, with labels legible on paper; longer notes go on to a second page
// without splitting the wheel or the table. On a 320 px phone, tapping a
// dimension, a part and sharing never make the page pan sideways.
// The PDFs and screenshots go to target/playwright/.
import { writeFile } from 'node:fs/promises';
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, segments, storageKey } from '../helpers.mjs';

/** A note as a person writes it, cut to exactly `length` characters. */
function note(length) {
  const sentence = 'Jeg vil blive bedre til at dele filer sikkert med kolleger og borgere, og til at bruge Teams-møder med skærmdeling. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length).trimEnd().padEnd(length, '.');
}

/** The four parts that carry a note. */
const four = [parts[0], parts[4], parts[7], parts[11]];

/** Rates all 12 parts with a target on each, and notes on `noted`, by mouse. */
async function rateEverything(wheel, noteLength, noted) {
  for (const [i, part] of parts.entries()) {
    await wheel.segment(part.id).click();
    const level = (i % 4) + 1;
    await wheel.host.locator(`#cw-level-${level}`).check();
    await wheel.host.locator(`#cw-target-${Math.min(5, level + 1 + (i % 2))}`).check();
    if (noted.includes(part)) {
      await wheel.host.locator('#cw-note').fill(note(noteLength));
      await wheel.host.locator('#cw-note').blur();
    }
  }
  const document = await wheel.page.evaluate((k) => JSON.parse(localStorage.getItem(k)), storageKey);
  expect(Object.values(document.ratings).filter((r) => r.level && r.target)).toHaveLength(12);
  expect(noted.map((p) => document.ratings[p.id].note.length)).toEqual(noted.map(() => noteLength));
}

/** The pages of a PDF Chromium wrote: its page objects. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** The smallest part label on the printed wheel, in points. */
function smallestLabelPt(host) {
  return host.locator('.cw-seg__label--part').evaluateAll((labels) =>
    Math.min(...labels.map((l) => l.getScreenCTM().a * parseFloat(l.getAttribute('font-size')) * 0.75)));
}

/** Prints (emulated) at `viewport` and returns the PDF. */
async function printAt(page, wheel, viewport) {
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'print' });
  const profile = wheel.host.locator('#cw-profile');
  await expect(profile).toBeVisible();
  await expect(profile.locator('table')).toHaveCount(4);
  await expect(wheel.host.locator('.cw-toolbar')).toBeHidden();
  // The wheel has been laid out again for its size on paper.
  await expect.poll(() => smallestLabelPt(wheel.host), { message: 'part labels on paper (pt)' }).toBeGreaterThanOrEqual(7);
  return page.pdf({ format: 'A4', printBackground: true });
}

const viewports = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

test('all 12 rated with targets and four 300-character notes print on one A4 page from any screen', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheel = new WheelPage(page);
  await wheel.open();
  await rateEverything(wheel, 300, four);
  const counts = {};
  for (const viewport of viewports) {
    const pdf = await printAt(page, wheel, viewport);
    await writeFile(info.outputPath(`worst-${viewport.width}.pdf`), pdf);
    counts[viewport.width] = pageCount(pdf);
  }
  // Every note is on paper, in full.
  expect(counts).toEqual(Object.fromEntries(viewports.map((v) => [v.width, 1])));
  const notes = wheel.host.locator('#cw-profile .cw-profile__notes-text');
  await expect(notes).toHaveText(four.map(() => note(300)));
});

test('Udskriv from a wide screen: the wheel is laid out for paper before it prints, labels at least 7 pt', async ({ page }, info) => {
  await page.addInitScript(() => {
    window.printed = [];
    // What the wheel looks like at the moment the print dialog opens.
    window.print = () => window.printed.push(document.querySelector('competence-wheel').shadowRoot
      .querySelector('.cw__figure').getBoundingClientRect().width);
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  const wheel = new WheelPage(page);
  await wheel.open();
  for (const [i, part] of parts.slice(0, 4).entries()) {
    await wheel.segment(part.id).click();
    await wheel.host.locator(`#cw-level-${i + 2}`).check();
  }
  await wheel.host.getByRole('button', { name: 'Udskriv' }).click();
  await expect.poll(() => page.evaluate(() => window.printed.length)).toBe(1);
  // On paper the wheel is 9.2 cm wide: what was drawn for the screen's width
  // is scaled to that.
  const paper = (9.2 / 2.54) * 96;
  const [figure] = await page.evaluate(() => window.printed);
  const labelPt = (await smallestLabelPt(wheel.host)) * (paper / figure);
  expect(labelPt, 'part labels on paper (pt)').toBeGreaterThanOrEqual(7);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await writeFile(info.outputPath('wide-screen.pdf'), pdf);
  expect(pageCount(pdf)).toBe(1);
  // The PDF printer ends the print: the wheel is the screen's again.
  await expect.poll(() => wheel.host.locator('.cw__figure').evaluate((f) => f.getBoundingClientRect().width)).toBeGreaterThan(paper + 50);
});

test('longer notes go on to page 2; the wheel and the tables stay whole on page 1', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheel = new WheelPage(page);
  await wheel.open();
  // The longest notes there are (500 characters), on every part.
  await rateEverything(wheel, 500, parts);
  const pdf = await printAt(page, wheel, { width: 1440, height: 900 });
  await writeFile(info.outputPath('long-notes.pdf'), pdf);
  expect(pageCount(pdf)).toBe(2);
  // On paper, the wheel and the four tables come first and may not be
  // broken; only the notes after them flow on.
  const rules = await wheel.host.evaluate((el) => {
    const root = el.shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    const table = root.querySelector('.cw-profile__tables');
    const notes = root.querySelector('.cw-profile__notes');
    return {
      body: style('.cw__body').breakInside,
      tables: style('.cw-profile__tables').breakInside,
      notesAfterTables: !!(table.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
  expect(rules).toEqual({ body: 'avoid', tables: 'avoid', notesAfterTables: true });
});

test.describe('an employee at 320×640 by touch', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  /** How wide the document is against the screen. */
  const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

  test('taps each dimension, a part and opens the share box: the page never pans sideways', async ({ page }, info) => {
    test.setTimeout(90_000);
    const wheel = new WheelPage(page);
    await wheel.open();
    expect(await scrollWidth(page), 'at the start').toBeLessThanOrEqual(320);
    for (const dimension of segments.filter((s) => s.kind === 'dimension')) {
      await wheel.segment(dimension.id).tap();
      await expect(wheel.heading).toHaveText(dimension.title);
      expect(await scrollWidth(page), `after tapping ${dimension.id}`).toBeLessThanOrEqual(320);
      await wheel.panel.locator('.cw-panel__to-wheel--top').tap();
    }
    await page.screenshot({ path: info.outputPath('320-dimension.png') });
    const part = parts[5];
    await wheel.segment(part.id).tap();
    await expect(wheel.heading).toHaveText(part.title);
    await wheel.host.locator('#cw-level-3').tap();
    expect(await scrollWidth(page), 'after tapping a part and rating it').toBeLessThanOrEqual(320);
    // The key's text keeps a margin from the screen's edge.
    const keyRight = await wheel.host.locator('.cw-key').evaluate((key) =>
      Math.max(...[...key.querySelectorAll('li')].map((li) => {
        const range = document.createRange();
        range.selectNodeContents(li);
        return range.getBoundingClientRect().right;
      })));
    expect(keyRight, 'the key\'s text ends inside the screen').toBeLessThanOrEqual(320 - 4);

    await wheel.host.getByRole('button', { name: 'Del anonymt' }).tap();
    const code = wheel.host.locator('.cw-share__code');
    await expect(code).toBeVisible();
    expect(await scrollWidth(page), 'with the share box open').toBeLessThanOrEqual(320);
    await page.screenshot({ path: info.outputPath('320-share.png') });
    // The code wraps only after a hyphen, never inside a group.
    const lines = await code.evaluate((output) => {
      const text = output.textContent;
      const range = document.createRange();
      const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
      const tops = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0) tops.push([node.data[i], Math.round(rect.top)]);
        }
      }
      const out = [''];
      let last = tops[0]?.[1];
      for (const [ch, top] of tops) {
        if (top > last + 2) out.push('');
        out[out.length - 1] += ch;
        last = top;
      }
      return { text, lines: out };
    });
    await wheel.host.locator('.cw-share').screenshot({ path: info.outputPath('320-share-box.png') });
    // Each group is kept whole with its dash, wherever the line ends: a
    // longer code, or a larger text, wraps there too.
    const groups = await code.locator('.cw-share__group').evaluateAll((spans) =>
      spans.map((span) => [span.textContent, getComputedStyle(span).whiteSpace]));
    expect(groups.map(([text]) => text).join('')).toBe(lines.text);
    expect(groups.slice(0, -1).every(([text, space]) => /^[0-9A-Z]+-$/.test(text) && space === 'nowrap')).toBe(true);
    expect(lines.lines.join('')).toBe(lines.text.replace(/\s/g, ''));
    for (const line of lines.lines.slice(0, -1)) expect(line, `a line of ${lines.text}`).toMatch(/-$/);
  });
});

// The same worst case as a person meets it on the intranet page: the ratings
// come from storage, *Udskriv* is pressed in the themed 700 px column, and the
// browser prints what is on screen then (the print dialog itself is stubbed).
test('Udskriv on the intranet page: the worst case is one A4 page from any screen', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const ids = parts.map((p) => p.id);
  const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(10).slice(0, 300);
  const document = {
    format: 'competence-wheel-ratings',
    version: 1,
    wheel: 'kl-medarbejder',
    ratings: Object.fromEntries(
      ids.map((id, i) => [
        id,
        { level: [3, 2, 4, 1, 3, 5, 2, 4, 3, 1, 2, 4][i], target: [4, 4, 4, 3, 4, 5, 3, 5, 4, 3, 4, 5][i], ...(i % 3 === 0 ? { note: lorem } : {}), updated: 1_700_000_000_000 },
      ]),
    ),
  };
  const counts = {};
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript((text) => {
      localStorage.setItem('competence-wheel:kl-medarbejder', text);
      window.printed = 0;
      window.print = () => { window.printed += 1; };
    }, JSON.stringify(document));
    await page.goto('/examples/intranet.html');
    const wheel = new WheelPage(page, page.locator('#kl'));
    await wheel.ready();
    await wheel.host.getByRole('button', { name: 'Udskriv' }).click();
    await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(wheel.host.locator('#cw-profile .cw-profile__notes-text')).toHaveCount(4);
    const pdf = await page.pdf({ format: 'A4' });
    await writeFile(info.outputPath(`intranet-${viewport.width}.pdf`), pdf);
    counts[viewport.width] = pageCount(pdf);
    await context.close();
  }
  expect(counts).toEqual(Object.fromEntries(viewports.map((v) => [v.width, 1])));
});
