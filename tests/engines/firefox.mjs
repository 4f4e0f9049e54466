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
    // Firefox reports its console itself, over WebDriver BiDi; the page's own
    // collector (page/errors.js) hears the same things, so a fault shows twice
    // here rather than never. A page being left is heard only here: its
    // collector was read before the tab left it.
    const console = firefoxConsole(browser.connection);
    return {
      name: 'Firefox ESR',
      slug: 'firefox',
      version: await browser.version(),
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      reload: () => page.reload({ waitUntil: 'load' }),
      // Resolves once the page has asked for a URL matching `pattern`.
      requested: (pattern, timeout) => page.waitForRequest((request) => pattern.test(request.url()), { timeout }),
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      type: (text) => page.keyboard.type(text),
      setViewport: (width, height) => page.setViewport({ width, height }),
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      engineErrors: () => console.take(),
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

/**
 * Firefox's console errors and uncaught errors, read from WebDriver BiDi's
 * log entries as they come: Firefox's own text of what was logged (an
 * Error's name and message; the entry keeps no handle to the object, so it
 * cannot be read later: puppeteer's console event gave `undefined` for it),
 * the caller (past the collector's wrapper, errors.js) and which document
 * logged it. Entries logged by a page the tab was leaving or had left (a
 * navigation had started from it) name that page and say so, so they are
 * told apart from the page a check is on; they are kept, never dropped.
 * `take()` returns the entries since its last call, as text.
 */
function firefoxConsole(connection) {
  const entries = [];
  // The documents (window realms) in order, each with its URL and whether
  // the tab has started to navigate away from it.
  const documents = new Map();
  let current;
  connection.on('script.realmCreated', (realm) => {
    if (realm.type !== 'window' || realm.sandbox !== undefined) return;
    current = realm.realm;
    documents.set(current, { url: realm.origin, left: false });
  });
  connection.on('browsingContext.domContentLoaded', (event) => {
    const document = documents.get(current);
    if (document) document.url = event.url;
  });
  connection.on('browsingContext.navigationStarted', () => {
    const document = documents.get(current);
    if (document) document.left = true;
  });
  // A new fragment keeps the document.
  connection.on('browsingContext.fragmentNavigated', () => {
    const document = documents.get(current);
    if (document) document.left = false;
  });
  connection.on('log.entryAdded', (entry) => {
    if (entry.type === 'console' && entry.method !== 'error') return;
    if (entry.type !== 'console' && entry.type !== 'javascript') return;
    const frames = entry.stackTrace?.callFrames ?? [];
    const caller = frames.find((frame) => !frame.url.endsWith('/engines/errors.js')) ?? frames[0];
    const document = documents.get(entry.source?.realm);
    entries.push({
      kind: entry.type === 'console' ? 'console' : 'page error',
      text: entry.text || (entry.args ?? []).map((arg) => ('value' in arg && typeof arg.value !== 'object' ? String(arg.value) : `(${arg.type})`)).join(' '),
      at: caller ? `${caller.functionName || '(anonymous)'} at ${caller.url}:${caller.lineNumber + 1}:${caller.columnNumber + 1}` : 'no stack',
      document,
      leaving: document?.left ?? false,
    });
  });
  return {
    take: () =>
      entries.splice(0).map(({ kind, text, at, document, leaving }) => {
        const page = !document
          ? '; from an unknown document'
          : leaving
            ? `; from ${document.url} while the tab was leaving it`
            : document !== documents.get(current)
              ? `; from ${document.url}, a page the tab has left`
              : '';
        return `Firefox ${kind}: ${text} (${at}${page})`;
      }),
  };
}
