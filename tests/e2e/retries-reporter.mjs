// Counts the retries a run used: one line per retried attempt in
// target/retries/playwright.txt, which `cargo xtask test` reads for the
// "retries used" line at its end. The list reporter still prints each
// retried test as flaky (or failed); this only keeps the count.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';

const dir = new URL('../../target/retries/', import.meta.url);
const file = new URL('playwright.txt', dir);

export default class RetriesReporter {
  onBegin() {
    mkdirSync(dir, { recursive: true });
    rmSync(file, { force: true });
    appendFileSync(file, '');
  }

  onTestEnd(test, result) {
    if (result.retry > 0) {
      appendFileSync(file, `${test.titlePath().filter(Boolean).join(' › ')} (retry #${result.retry}: ${result.status})\n`);
    }
  }

  printsToStdio() {
    return false;
  }
}
