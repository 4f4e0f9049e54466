// Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver
// BiDi. One browser and one tab for the whole suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Starts Firefox and returns the suite's driver for it (see checks.mjs). */
export async function launchFirefox() {
  // Downloads go straight to a folder of the suite's own, without asking,
  // so a check can see that a file arrived.
  const downloadDir = mkdtempSync(join(tmpdir(), 'cw-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
    },
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    // Firefox reports its console itself; the page's own collector hears the
    // same things, so a fault shows twice here rather than never.
    const console = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An Error object logged reads as "JSHandle@error"; its message and
      // where the engine logged it are read from the page, as it comes.
      const at = message.location();
      const where = at?.url ? ` (${at.url}:${at.lineNumber})` : '';
      const entry = `Firefox console: ${message.text()}${where}`;
      const index = console.push(entry) - 1;
      Promise.all(message.args().map((arg) => arg.evaluate((value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value))).catch(() => '?')))
        .then((texts) => {
          if (console[index] === entry) console[index] = `Firefox console: ${texts.join(' ')}${where}`;
        })
        .catch(() => {});
    });
    page.on('pageerror', (error) => console.push(`Firefox page error: ${error.message}`));
    return {
      name: 'Firefox ESR',
      slug: 'firefox',
      version: await browser.version(),
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      reload: () => page.reload({ waitUntil: 'load' }),
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      type: (text) => page.keyboard.type(text),
      setViewport: (width, height) => page.setViewport({ width, height }),
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      engineErrors: () => console.splice(0),
      downloadDir,
      close: async () => {
        await browser.close();
        rmSync(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  }
}
