// Trainer mode: presenting with a clicker, anonymous share codes and the
// group's wheel. Codes are made here by an independent JavaScript encoder,
// which also cross-checks the widget's own.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { WheelPage, wheel, segments, parts, rateByMouse, expectNoAxeViolations, plain } from './helpers.mjs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LEVELS = 5;

function fingerprint() {
  let hash = 0x811c9dc5;
  const feed = (bytes) => {
    for (const b of bytes) { hash = Math.imul((hash ^ b) >>> 0, 0x01000193) >>> 0; }
    hash = Math.imul((hash ^ 0xff) >>> 0, 0x01000193) >>> 0;
  };
  const utf8 = (s) => new TextEncoder().encode(s);
  feed(utf8(wheel.id));
  feed([LEVELS]);
  for (const part of parts) feed(utf8(part.id));
  return hash & 0xfffff;
}

function toDigits(value, width) {
  const digits = [];
  while (value > 0n) { digits.unshift(Number(value % 32n)); value /= 32n; }
  while (digits.length < width) digits.unshift(0);
  return digits;
}

/** The share code for `levels` (0 = not rated), as the widget should make it. */
function encode(levels) {
  const base = BigInt(LEVELS + 1);
  const value = levels.reduce((acc, l) => acc * base + BigInt(l), 0n);
  const max = base ** BigInt(levels.length);
  let width = toDigits(max, 1).length;
  if (max === 32n ** BigInt(width - 1)) width -= 1;
  const fp = fingerprint();
  const body = [1, ...[15, 10, 5, 0].map((s) => (fp >> s) & 31), ...toDigits(value, width)];
  const bodyValue = body.reduce((acc, d) => acc * 32n + BigInt(d), 0n);
  const check = (1021n - ((bodyValue % 1021n) * 1024n) % 1021n) % 1021n;
  const all = [...body, Number(check / 32n), Number(check % 32n)];
  return all.map((d) => ALPHABET[d]).join('').match(/.{1,4}/g).join('-');
}

async function setMode(wheelPage, mode) {
  await wheelPage.host.evaluate((el, m) => el.setAttribute('mode', m), mode);
}

test('presenting: PageDown alone walks every dimension, part and the questions', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.addInitScript(() => {
    window.fullscreenRequests = 0;
    Element.prototype.requestFullscreen = function () { window.fullscreenRequests += 1; return Promise.resolve(); };
  });
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  await setMode(wheelPage, 'present');
  await wheelPage.host.getByRole('button', { name: 'Fuld skærm' }).click();
  expect(await page.evaluate(() => window.fullscreenRequests)).toBe(1);
  const position = wheelPage.host.locator('.cw-present__position [aria-hidden="true"]');
  await expect(position).toHaveText('0 / 17');
  for (const [index, segment] of segments.entries()) {
    await page.keyboard.press('PageDown');
    await expect(position).toHaveText(`${index + 1} / 17`);
    await expect(wheelPage.heading).toHaveText(segment.title);
    await expect(wheelPage.segment(segment.id)).toHaveAttribute('aria-expanded', 'true');
    if (index === 5) {
      // Type readable from the back of the room, and the rest dimmed.
      const size = await wheelPage.host.evaluate((el) => parseFloat(getComputedStyle(el.shadowRoot.querySelector('.cw-panel__text')).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
      const dimmed = await wheelPage.host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.cw-seg:not(.cw-seg--open) .cw-seg__shape')).opacity);
      expect(Number(dimmed)).toBeLessThan(0.5);
      await page.screenshot({ path: info.outputPath('present-1920x1080.png') });
    }
  }
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText('17 / 17');
  await expect(wheelPage.heading).toHaveText('Til drøftelse: digitalt mindset');
  await expect(wheelPage.panel.locator('.cw-questions__list li')).toHaveCount(9);
  await expect(wheelPage.panel).toContainText('Vi har et digitalt mindset, når vi …');
  await expectNoAxeViolations(page);
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText('1 / 17');
  await page.keyboard.press('PageUp');
  await expect(position).toHaveText('17 / 17');
  await page.keyboard.press('Home');
  await expect(position).toHaveText('1 / 17');
  await page.keyboard.press('End');
  await expect(position).toHaveText('17 / 17');
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
  await expect(wheelPage.host.locator('.cw-present__position [aria-hidden="true"]')).toHaveText('16 / 17');
});

test('"Del anonymt" gives the code an independent encoder expects, and only levels', async ({ page }) => {
  const wheelPage = new WheelPage(page);
  await wheelPage.open();
  const levels = [3, 0, 5, 1, 0, 2, 4, 0, 0, 5, 1, 2];
  for (const [i, part] of parts.entries()) {
    if (levels[i]) await rateByMouse(wheelPage, part, levels[i], 5);
  }
  await wheelPage.host.locator('#cw-note').fill('privat note');
  await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
  await expect(wheelPage.host.locator('.cw-share__code')).toHaveText(encode(levels));
  const link = await wheelPage.host.locator('#cw-share-link').inputValue();
  expect(link).toMatch(new RegExp(`#cw-code=${encode(levels)}$`));
  expect(link).not.toContain('privat');
  await expectNoAxeViolations(page);
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
  await expect(result).toContainText('1 kode var indsat mere end én gang');
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
  await page.screenshot({ path: info.outputPath('group-1920x1080.png'), fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wheelPage.host.getByRole('button', { name: 'Hent tabellen som CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
  expect(csv).toHaveLength(13);
  expect(csv[1].startsWith(`Anvendelseskompetencer,${plain(parts[0].title)},`)).toBe(true);
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
  await wheelPage.host.getByRole('button', { name: 'Ryd listen' }).click();
  await expect(wheelPage.host.locator('#cw-group-codes')).toHaveValue('');
  await expect(wheelPage.host.locator('.cw-group__result')).toContainText('0 deltagere');
});
