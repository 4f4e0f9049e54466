// Browser tests in Debian's Chromium (test tools may not download browsers
// here): its headless shell (package chromium-headless-shell, the same
// Chromium release as the `chromium` package), which is what Playwright's
// own headless Chromium is. A page costs it a fraction of the CPU the full
// browser's headless mode spends (measured on the 20 tests of
// rating.spec.mjs, one worker: 38 CPU-seconds against 67), and the suite is
// CPU-bound on a 2-core CI machine. CHROMIUM=/usr/bin/chromium runs the
// suite in the full browser instead. `cargo xtask test` builds dist/, starts
// the dev server and sets BASE_URL; run through it rather than on its own.
import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // One retry on CI, so that a machine stalled for a moment does not sink a
  // whole run; the list reporter still names every test that needed it as
  // "flaky", and a test that fails twice fails the run. A wasm trap or a
  // panic is never retried away: `test` from helpers.mjs fails the retry of
  // an attempt that trapped at once (a retry runs in a new worker, so the
  // mark is a file), and the test is reported as failed.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // What a person sees must come; on a loaded 2-core CI machine a chunk
  // fetched on first use can take longer than the default 5 s to arrive.
  expect: { timeout: 10_000 },
  // The list for the log; the retries reporter counts the retries the run
  // used, for the summary `cargo xtask test` prints at its end.
  reporter: [['list'], ['./tests/e2e/retries-reporter.mjs']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8000',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium-headless-shell',
      args: chromiumArgs,
    },
    trace: 'off',
  },
  // The longest tests first: workers take tests in the projects' order, so
  // the tests tagged @long (a minute or so on a loaded 2-core machine, and
  // npm-package's serial file, which packs and installs once) start at once,
  // and none of them starts last, with one worker busy and the other idle.
  projects: [
    { name: 'long', grep: /@long/ },
    { name: 'chromium', grepInvert: /@long/ },
  ],
});
