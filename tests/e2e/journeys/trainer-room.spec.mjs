// The trainer's room, the worst realistic case: eight participants, each on
// their own phone (a browser context of its own: own storage, own share
// secret), rate all twelve parts by tapping and share anonymously; two pairs
// of them answer exactly alike. The trainer pastes the eight codes from the
// chat into the group's view and downloads the table for a Danish Excel.
//
// What the trainer must see: 8 participants (not 6: two people who rate
// alike are two people), nothing said about codes pasted twice; the same
// person's code pasted again counts once, with a calm line saying so; and a
// CSV whose bytes a Danish Excel reads as columns: a UTF-8 byte-order mark,
// ';' between fields, decimal commas, Danish headers.
import { readFileSync } from 'node:fs';
import { test, expect } from '../helpers.mjs';
import { WheelPage, parts, plain, rateByMouse, expectNoAxeViolations } from '../helpers.mjs';

test.describe.configure({ timeout: 300_000 });

// Two pairs rate alike: 0 and 1, 2 and 3.
const room = [
  [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  [4, 2, 5, 1, 3, 4, 2, 5, 1, 3, 4, 2],
  [4, 2, 5, 1, 3, 4, 2, 5, 1, 3, 4, 2],
  [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 1, 2],
  [5, 4, 4, 3, 3, 2, 2, 1, 1, 2, 3, 4],
  [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3],
  [5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2],
];

/** One participant on their phone: rates every part by tapping, opens
 *  "Del anonymt" and reads the code off the screen. */
async function participant(browser, levels) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    const wheelPage = new WheelPage(page);
    await wheelPage.open('/');
    for (const [i, part] of parts.entries()) {
      await rateByMouse(wheelPage, part, levels[i]);
    }
    await wheelPage.host.getByRole('button', { name: 'Del anonymt' }).click();
    const code = wheelPage.host.locator('.cw-share__code');
    await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    return (await code.textContent()).trim();
  } finally {
    await context.close();
  }
}

/** Danish one-decimal formatting, half up, as the widget rounds. */
const danish = (value) => (Math.floor(value * 10 + 0.5) / 10).toFixed(1).replace('.', ',');

test('eight participants on phones, two pairs rating alike: the group view says 8, and the CSV opens in a Danish Excel', { tag: '@long' }, async ({ browser }, info) => {
  // The eight rate at the same time, as in the room, each on their own phone.
  const codes = await Promise.all(room.map((levels) => participant(browser, levels)));
  // Each person has a code of their own, though two pairs answered alike.
  expect.soft(new Set(codes).size, codes.join(' ')).toBe(8);

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  const page = await context.newPage();
  const wheelPage = new WheelPage(page);
  await wheelPage.open('/');
  await wheelPage.host.evaluate((el) => el.setAttribute('mode', 'group'));
  const host = wheelPage.host;
  // The codes arrive in the chat in any order.
  const pasted = [codes[5], codes[1], codes[7], codes[0], codes[3], codes[6], codes[2], codes[4]].join('\n');
  await host.locator('#cw-group-codes').fill(pasted);
  await host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  const result = host.locator('.cw-group__result');
  await expect.soft(host.locator('.cw-group__participants')).toHaveText('8 deltagere');
  await expect.soft(result).not.toContainText('mere end én gang');
  await expect(host.locator('.cw-group__rejected li')).toHaveCount(0);
  await expect.soft(host.locator('.cw-wheel__hub-text tspan')).toHaveText(['8', 'deltagere']);
  await page.screenshot({ path: info.outputPath('room-8.png') });

  // One participant posts their code again (the link this time): it is
  // the same person, counted once, and the line says what happened.
  await host.locator('#cw-group-codes').fill(`${pasted}\nhttps://intranet.example/hjul#cw-code=${codes[2]}`);
  await host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  await expect.soft(result).toContainText('1 kode stod på listen mere end én gang. Den er allerede talt med, så den tæller én gang.');
  await expect.soft(host.locator('.cw-group__participants')).toHaveText('8 deltagere');
  await expectNoAxeViolations(page);

  // The table, for a Danish Excel.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    host.getByRole('button', { name: 'Hent tabellen som CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync(await download.path());
  expect.soft([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(bytes[0] === 0xef ? 3 : 0).toString('utf8');
  // "forståelse" as UTF-8 (å is C3 A5), which the mark makes Excel read so.
  expect(bytes.includes(Buffer.from('forst\u00e5else', 'utf8'))).toBe(true);
  const lines = text.split('\r\n');
  expect.soft(lines.at(-1), 'every line ends with CRLF').toBe('');
  expect.soft(lines.slice(0, -1)).toHaveLength(13);
  expect.soft(lines[0]).toBe('Dimension;Del;Svar;Gennemsnit;Median;Laveste;Højeste;Niveau 1;Niveau 2;Niveau 3;Niveau 4;Niveau 5');
  for (const [p, part] of parts.entries()) {
    const answers = room.map((levels) => levels[p]).sort((a, b) => a - b);
    const mean = answers.reduce((a, b) => a + b, 0) / answers.length;
    const median = (answers[3] + answers[4]) / 2;
    const counts = [1, 2, 3, 4, 5].map((l) => answers.filter((a) => a === l).length);
    const dimension = plain(part.dimension.title);
    const title = plain(part.part.title);
    expect.soft(lines[p + 1], part.id).toBe(
      [dimension, title, 8, danish(mean), danish(median), answers[0], answers[7], ...counts].join(';'));
  }
  // Every row has as many fields as the header: no field holds a ';'.
  for (const line of lines.slice(0, -1)) expect.soft(line.split(';')).toHaveLength(12);
  await context.close();
});
