// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and MiniBrowser),
// driven by selenium-webdriver over classic WebDriver. MiniBrowser has no
// headless mode, so the suite starts its own Xvfb display. One Xvfb, one
// driver and one browser window for the whole suite.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { Builder, Key, Origin } from 'selenium-webdriver';
import remote from 'selenium-webdriver/remote/index.js';
import portprober from 'selenium-webdriver/net/portprober.js';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  PageDown: Key.PAGE_DOWN,
  PageUp: Key.PAGE_UP,
};

/** Starts Xvfb on a free display (it picks one and tells us through fd 3). */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  // Never outlive the test process, even one ended by a signal or a time-out
  // (MiniBrowser and its driver go with their display).
  const stop = () => xvfb.kill();
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }
  const display = new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
  });
  return { xvfb, display };
}

/**
 * The browser binary to start: MiniBrowser itself, or, with
 * `WEBKIT_ULIMIT_V` (KiB), a wrapper that first limits the virtual memory of
 * MiniBrowser and the web process it starts (`ulimit -v`), as some CI
 * machines and containers do (`cargo xtask stress --ulimit-v`).
 */
async function browserBinary() {
  const limit = process.env.WEBKIT_ULIMIT_V;
  if (!limit) return MINIBROWSER;
  if (!/^[0-9]+$/.test(limit)) throw new Error(`WEBKIT_ULIMIT_V=${limit}: KiB, a whole number`);
  const dir = new URL('../../target/engines/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const wrapper = new URL(`minibrowser-ulimit-${limit}.sh`, dir).pathname;
  await writeFile(wrapper, `#!/bin/sh\nulimit -v ${limit} || exit 1\nexec '${MINIBROWSER}' "$@"\n`);
  await chmod(wrapper, 0o755);
  return wrapper;
}

/** Starts Xvfb, WebKitWebDriver and MiniBrowser; returns the suite's driver.
 *  With `WEBKIT_LOG` (a file), the driver's, the browser's and its web
 *  process's standard error go there (JavaScriptCore's own logs, such as
 *  `JSC_logWasmMemory=1`'s, among them). */
export async function launchWebKit() {
  const { xvfb, display: displayReady } = startXvfb();
  let service;
  let driver;
  const stop = async () => {
    await driver?.quit().catch(() => {});
    await service?.kill().catch(() => {});
    xvfb.kill();
  };
  try {
    const display = await displayReady;
    const port = await portprober.findFreePort();
    service = new remote.DriverService(WEBKIT_DRIVER, {
      port,
      args: [`--port=${port}`],
      env: { ...process.env, DISPLAY: display },
      loopback: true,
      stdio: process.env.WEBKIT_LOG ? ['ignore', openSync(process.env.WEBKIT_LOG, 'a'), openSync(process.env.WEBKIT_LOG, 'a')] : 'ignore',
    });
    const url = await service.start(20_000);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: await browserBinary(), args: ['--automation'] },
      })
      .build();
    const capabilities = await driver.getCapabilities();
    const actions = () => driver.actions({ async: true });
    return {
      name: 'WebKitGTK',
      slug: 'webkit',
      version: `${capabilities.getBrowserName()} ${capabilities.getBrowserVersion()}`,
      goto: (address) => driver.get(address),
      reload: () => driver.navigate().refresh(),
      // Selenium wraps the function as `return (fn).apply(null, arguments)`;
      // the driver awaits a returned promise.
      evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
      click: (x, y) =>
        actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
      press: (key) => actions().sendKeys(KEYS[key] ?? key).perform(),
      type: (text) => actions().sendKeys(...text.split('\n').flatMap((line, i) => (i ? [Key.ENTER, line] : [line]))).perform(),
      // The window includes MiniBrowser's own frame: size it so the page
      // itself gets width × height.
      setViewport: async (width, height) => {
        // The page learns its new size a moment after the window changes:
        // read it until two readings agree.
        const settledSize = async () => {
          let last = '';
          for (let reading = 0; reading < 40; reading += 1) {
            const size = await driver.executeScript(
              'return new Promise((done) => requestAnimationFrame(() => done([innerWidth, innerHeight])))',
            );
            if (JSON.stringify(size) === last) return size;
            last = JSON.stringify(size);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return JSON.parse(last);
        };
        let rect = { width, height };
        let inner;
        for (let attempt = 0; attempt < 4; attempt += 1) {
          await driver.manage().window().setRect(rect);
          inner = await settledSize();
          if (inner[0] === width && inner[1] === height) return;
          rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
        }
        throw new Error(`could not give the page a ${width} × ${height} viewport (it has ${inner.join(' × ')})`);
      },
      // A WebKitGTK screenshot shows the last frame drawn: wait for two more.
      screenshot: async (path) => {
        await driver.executeScript(
          'return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))',
        );
        await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      },
      // WebKitWebDriver exposes no console; the page's collector is all there is.
      engineErrors: () => [],
      // A new browser window for the next page, leaving the earlier ones
      // open (and their wasm instances alive), and closing the oldest beyond
      // `keep` (the stress's `--keep-pages`).
      newWindow: async (keep) => {
        await driver.switchTo().newWindow('window');
        const current = await driver.getWindowHandle();
        const handles = await driver.getAllWindowHandles();
        for (const handle of handles.slice(0, Math.max(0, handles.length - keep))) {
          await driver.switchTo().window(handle);
          await driver.close();
        }
        await driver.switchTo().window(current);
      },
      close: stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
