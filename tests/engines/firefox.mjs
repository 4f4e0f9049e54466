// Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver
// BiDi. One browser and one tab for the whole suite.
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Starts Firefox and returns the suite's driver for it (see checks.mjs). */
export async function launchFirefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    // Firefox reports its console itself; the page's own collector hears the
    // same things, so a fault shows twice here rather than never.
    const console = [];
    page.on('console', (message) => {
      if (message.type() === 'error') console.push(`Firefox console: ${message.text()}`);
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
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
