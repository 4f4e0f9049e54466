// Trainer mode: presenting with a clicker, anonymous share codes and the
// group's wheel. Codes are made by an independent JavaScript encoder
// (codes.mjs), which also cross-checks the widget's own.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { WheelPage, segments, parts, rateByMouse, expectNoAxeViolations, plain } from './helpers.mjs';
import { encode } from './codes.mjs';
import { expectInViewport } from './journeys/viewport.mjs';

async function setMode(wheelPage, mode) {
  await wheelPage.host.evaluate((el, m) => el.setAttribute('mode', m), mode);
}

test('presenting: PageDown alone walks every dimension, part and the questions', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'present');
  // On the demo page the slide fits the 1280 px column; full screen makes it
  // fill the projector.
  await wheelPage.host.getByRole('button', { name: 'Fuld skærm' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('competence-wheel');
  await expect(wheelPage.host.getByRole('button', { name: 'Afslut fuld skærm' })).toHaveAttribute('aria-pressed', 'true');
  const position = wheelPage.host.locator('.cw-present__position [aria-hidden="true"]');
  // Presenting is a chunk of its own, fetched now (slow on a loaded CI
  // machine). The start screen says how to begin and shows no "0 / N".
  await expect(wheelPage.host.locator('.cw-present-start__lead')).toHaveText('Tryk Næste eller Page Down for at begynde.', { timeout: 15_000 });
  await expect(wheelPage.host.locator('.cw-present__position')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(/^1 \/ \d+$/);
  // A step too long for one screen continues on the next, counted in the
  // total: 17 steps take at least 17 screens.
  const total = Number((await position.textContent()).split('/')[1]);
  expect(total).toBeGreaterThanOrEqual(17);
  // The visible step (the widget also keeps a hidden copy to measure).
  const shown = wheelPage.host.locator('section.cw-panel');
  const steps = [];
  for (let at = 1; at < total; at++) {
    if (at > 1) await page.keyboard.press('PageDown');
    await expect(position).toHaveText(`${at} / ${total}`);
    const heading = (await wheelPage.heading.textContent()).replaceAll('\u00ad', '');
    if (!heading.endsWith(' (fortsat)')) steps.push(heading);
    const segment = segments[steps.length - 1];
    expect(heading === segment.title || heading === `${segment.title} (fortsat)`, heading).toBe(true);
    await expect(wheelPage.segment(segment.id)).toHaveAttribute('aria-expanded', 'true');
    if (segment.id === 'teknologi-faglighed-mennesker') {
      // Type readable from the back of the room, and the rest dimmed.
      const size = await shown.locator('.cw-panel__text, .cw-panel__examples li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
      const dimmed = await wheelPage.host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.cw-seg:not(.cw-seg--open) .cw-seg__shape')).opacity);
      expect(Number(dimmed)).toBeLessThan(0.5);
      await page.screenshot({ path: info.outputPath('present-1920x1080.png') });
    }
    if (heading === segments.at(-1).title) break;
  }
  expect(steps).toEqual(segments.map((s) => s.title));
  // The questions come last, on as many screens as they need.
  const questions = [];
  await page.keyboard.press('End');
  await expect(wheelPage.heading).toHaveText('Til drøftelse: digitalt mindset');
  await expect(shown).toContainText('Vi har et digitalt mindset, når vi …');
  for (;;) {
    questions.push(...await shown.locator('.cw-questions__list li').allTextContents());
    if ((await position.textContent()) === `${total} / ${total}`) break;
    await page.keyboard.press('PageDown');
  }
  expect(questions).toHaveLength(9);
  await expectNoAxeViolations(page);
  // A clicker stops at the ends: no wrapping round.
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('Home');
  await expect(position).toHaveText(`1 / ${total}`);
  await page.keyboard.press('PageUp');
  await expect(position).toHaveText(`1 / ${total}`);
});

test('presenting hides personal ratings; deep links work', async ({ page }) => {
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await rateByMouse(wheelPage, parts[0], 4);
  await expect(wheelPage.host.locator('.cw-seg__level')).toHaveCount(1);
  await setMode(wheelPage, 'present');
  await expect(wheelPage.host.locator('.cw-present')).toBeVisible();
  await expect(wheelPage.host.locator('.cw-seg__level')).toHaveCount(0);
  await expect(wheelPage.host.locator('.cw-wheel__hub-text')).toHaveCount(0);
  await expect(wheelPage.host.locator('.cw-toolbar, .cw-rating, #cw-profile')).toHaveCount(0);
  await page.goto('/#innovation');
  await wheelPage.ready();
  await setMode(wheelPage, 'present');
  await expect(wheelPage.heading).toHaveText('Innovation');
  // The last part, before the questions.
  const position = wheelPage.host.locator('.cw-present__position [aria-hidden="true"]');
  await expect(position).toHaveText(/^\d+ \/ \d+$/, { timeout: 15_000 });
  const [at, total] = (await position.textContent()).split(' / ').map(Number);
  expect(at).toBeGreaterThanOrEqual(16);
  expect(at).toBeLessThan(total);
  await page.keyboard.press('PageUp');
  await expect(wheelPage.heading).toHaveText(/^Udvikling/);
});

test('"Del anonymt" gives the code an independent encoder expects, and only levels', async ({ page }) => {
  // Nine ratings, the box twice and a reload between.
  test.setTimeout(60_000);
  // A laptop: the box opens under the toolbar, below the fold.
  await page.setViewportSize({ width: 1440, height: 900 });
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  const levels = [3, 0, 5, 1, 0, 2, 4, 0, 0, 5, 1, 2];
  for (const [i, part] of parts.entries()) {
    if (levels[i]) await rateByMouse(wheelPage, part, levels[i], 5);
  }
  await wheelPage.host.locator('#cw-note').fill('privat note');
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  // The code's random part comes from this browser's secret, drawn once.
  const code = wheelPage.host.locator('.cw-share__code');
  await expect(code).toHaveText(/^2\w{3}(-\w{4}){3}$/);
  const secret = Number(await page.evaluate(() => localStorage.getItem('competence-wheel.share-secret')));
  expect(Number.isInteger(secret) && secret >= 0 && secret < 2 ** 32, String(secret)).toBe(true);
  await expect(code).toHaveText(encode(levels, secret));
  // The person sees the code and its copy buttons without scrolling for them.
  await expectInViewport(page, wheelPage.host.locator('.cw-share'), 'the share box');
  const link = await wheelPage.host.locator('#cw-share-link').inputValue();
  expect(link).toMatch(new RegExp(`#cw-code=${encode(levels, secret)}$`));
  expect(link).not.toContain('privat');
  await expectNoAxeViolations(page);
  // The same person after a reload: the same code.
  await page.reload();
  await wheelPage.ready();
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  await expect(code).toHaveText(encode(levels, secret));
});

test('the group view: 30 codes and 3 bad ones give the right means and list the bad', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  let seed = 11;
  const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const people = Array.from({ length: 30 }, () => parts.map(() => random(6)));
  const codes = people.map(encode);
  const good = codes[0];
  const typo = good.slice(0, 5) + (good[5] === 'A' ? 'B' : 'A') + good.slice(6);
  const bad = [typo, 'HEJ-MED-DIG!', encode(parts.map(() => 0)).replace(/^1/, '2')];
  const pasted = [...codes, codes[3], ...bad].join('\n');

  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'group');
  await wheelPage.host.locator('#cw-group-codes').fill(pasted);
  await wheelPage.host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  const result = wheelPage.host.locator('.cw-group__result');
  await expect(result).toContainText('30 deltagere');
  await expect(result).toContainText('1 kode stod på listen mere end én gang. Den er allerede talt med, så den tæller én gang.');
  await expect(result.locator('.cw-group__rejected li')).toHaveCount(3);
  await expect(result.locator('.cw-group__rejected li').nth(0)).toContainText('tastefejl');
  await expect(result.locator('.cw-group__rejected li').nth(1)).toContainText('tegn');
  await expect(result.locator('.cw-group__rejected li').nth(2)).toContainText('tastefejl');
  await expect(wheelPage.host.locator('.cw-notice--warning')).toHaveCount(0);

  const rows = wheelPage.host.locator('.cw-group__table tbody tr');
  await expect(rows).toHaveCount(12);
  for (const [p, part] of parts.entries()) {
    const rated = people.map((person) => person[p]).filter((l) => l > 0);
    const mean = rated.reduce((a, b) => a + b, 0) / rated.length;
    const shown = (Math.floor(mean * 10 + 0.5) / 10).toFixed(1).replace('.', ',');
    await expect(rows.nth(p).locator('td').nth(0)).toHaveText(String(rated.length));
    await expect(rows.nth(p).locator('td').nth(1)).toHaveText(shown);
    await expect(wheelPage.segment(part.id)).toHaveAttribute('aria-label', new RegExp(`gennemsnit ${shown}, spænd ${Math.min(...rated)}–${Math.max(...rated)}, ${rated.length} svar`));
  }
  await expect(wheelPage.host.locator('.cw-seg__level')).toHaveCount(12);
  // A part opened in the group's wheel says what the room answered.
  const opened = parts[4];
  const answered = people.map((person) => person[4]).filter((l) => l > 0);
  const openedMean = (Math.floor(answered.reduce((a, b) => a + b, 0) / answered.length * 10 + 0.5) / 10).toFixed(1).replace('.', ',');
  await wheelPage.segment(opened.id).click();
  await expect(wheelPage.heading).toHaveText(opened.title);
  await expect(wheelPage.panel.locator('.cw-panel__group')).toHaveText(
    `Gruppen: gennemsnit ${openedMean}, spænd ${Math.min(...answered)}–${Math.max(...answered)}, ${answered.length} svar`);
  await page.screenshot({ path: info.outputPath('group-1920x1080.png'), fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wheelPage.host.getByRole('button', { name: 'Hent tabellen som CSV' }).click(),
  ]);
  // For a Danish Excel: a byte-order mark, ';' between fields.
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(csv).toHaveLength(13);
  expect(csv[1].startsWith(`Anvendelseskompetencer;${plain(parts[0].title)};`)).toBe(true);
  await expectNoAxeViolations(page);
});

test('a pasted line that is not a code is one rejected line, however many words it has', async ({ page }) => {
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'group');
  const good = encode([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2]);
  await wheelPage.host.locator('#cw-group-codes').fill(`hello world\n${good.replaceAll('-', ' ')}`);
  await wheelPage.host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  const result = wheelPage.host.locator('.cw-group__result');
  await expect(result).toContainText('1 deltager');
  const rejected = result.locator('.cw-group__rejected li');
  await expect(rejected).toHaveCount(1);
  await expect(rejected.locator('code')).toHaveText('hello world');
  await expectNoAxeViolations(page);
});

test('opening participants\' links adds them up in the group view, with a warning under 3', async ({ page }) => {
  const first = encode([5, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 0]);
  const second = encode([3, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 0]);
  const wheelPage = new WheelPage(page);
  // A link opens the group view, even on a page that is otherwise for rating.
  await page.goto(`/#cw-code=${first}`);
  await wheelPage.ready();
  await expect(wheelPage.host.locator('#cw-group-codes')).toHaveValue(first);
  await expect(wheelPage.host.locator('.cw-group__result')).toContainText('1 deltager');
  await expect(wheelPage.host.locator('.cw-notice--warning')).toContainText('færre end 3 deltagere');
  await expect(wheelPage.segment(parts[0].id)).toHaveAttribute('aria-label', /gennemsnit 5,0/);
  // The next link adds to the list.
  await page.goto(`/?next#cw-code=${second}`);
  await wheelPage.ready();
  await expect(wheelPage.host.locator('#cw-group-codes')).toHaveValue(`${first}\n${second}`);
  await expect(wheelPage.host.locator('.cw-group__result')).toContainText('2 deltagere');
  await expect(wheelPage.segment(parts[0].id)).toHaveAttribute('aria-label', /gennemsnit 4,0/);
  // Ryd listen asks first, inside the widget; Fortryd keeps every code.
  const clear = wheelPage.host.getByRole('button', { name: 'Ryd listen' });
  await clear.click();
  const yes = wheelPage.host.getByRole('button', { name: 'Ja, ryd listen' });
  await expect(yes).toBeFocused();
  await expect(wheelPage.host.locator('#cw-group-codes')).toHaveValue(`${first}\n${second}`);
  await wheelPage.host.getByRole('button', { name: 'Fortryd' }).click();
  await expect(clear).toBeFocused();
  await expect(yes).toHaveCount(0);
  await expect(wheelPage.host.locator('.cw-group__result')).toContainText('2 deltagere');
  await clear.click();
  await page.keyboard.press('Enter');
  await expect(clear, 'focus returns to Ryd listen').toBeFocused();
  await expect(wheelPage.host.locator('#cw-group-codes')).toHaveValue('');
  await expect(wheelPage.host.locator('.cw-group__result')).toContainText('0 deltagere');
});

test('presenting in a narrow container reflows: the wheel above the whole step, nothing sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/examples/present.html');
  const wheelPage = new WheelPage(page);
  await wheelPage.ready();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(wheelPage.heading).toHaveText(parts[0].title);
  const shown = wheelPage.host.locator('section.cw-panel');
  // One screen per step here: the page scrolls, as any page at 320 px does.
  await expect(wheelPage.host.locator('.cw-present__position [aria-hidden="true"]')).toHaveText('2 / 17');
  await expect(shown.locator('.cw-panel__examples li')).toHaveText(parts[0].part.examples);
  const layout = await wheelPage.host.evaluate((el) => {
    const root = el.shadowRoot;
    const wheel = root.querySelector('.cw-wheel').getBoundingClientRect();
    const step = root.querySelector('section.cw-panel').getBoundingClientRect();
    return { overflow: document.documentElement.scrollWidth - innerWidth, wheelBottom: wheel.bottom, stepTop: step.top, stepRight: step.right };
  });
  expect(layout.overflow).toBe(0);
  expect(layout.stepTop).toBeGreaterThanOrEqual(layout.wheelBottom);
  expect(layout.stepRight).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});

test('dist/group.html: a trainer opens the group page first and pastes codes before any participant link', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks the site's root for /favicon.ico; the demo server has none.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  // A fresh browser, no link opened: the page alone, served under the strict CSP.
  const response = await page.goto('/dist/group.html');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page).toHaveTitle(/Gruppens kompetencehjul/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gruppens kompetencehjul');
  const wheelPage = new WheelPage(page);
  await expect(wheelPage.host.getByRole('heading', { name: 'Gruppens hjul' })).toBeVisible();
  const field = wheelPage.host.getByLabel(/Indsæt deltagernes koder/);
  await expect(field).toBeEditable();
  await expect(page.getByRole('main')).toContainText('Indsæt deltagernes koder eller links');
  expect(new URL(page.url()).hash).toBe('');

  const codes = [[1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2], [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]].map(encode);
  await field.fill(codes.join('\n'));
  await wheelPage.host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  await expect(wheelPage.host.locator('.cw-group__result')).toContainText('4 deltagere');
  await expect(wheelPage.host.locator('.cw-seg')).toHaveCount(segments.length);
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  await expectNoAxeViolations(page);
});
