// Runs the shared checks (checks.mjs) in one engine with node's test runner:
// one browser for all checks, the same page each time, and after every check
// no console or page error may have happened. A failing check leaves a
// screenshot beside the passing run's one, in target/engines/.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { SCREEN, Session, checks, isTrap } from './checks.mjs';

const outputDir = new URL('../../target/engines/', import.meta.url);
/** One line per retried check, per engine, for the "retries used" line at
 * the end of `cargo xtask test` (which empties the folder before a run). */
const retriesDir = new URL('../../target/retries/', import.meta.url);

function recordRetry(slug, line) {
  mkdirSync(retriesDir, { recursive: true });
  appendFileSync(new URL(`engines-${slug}.txt`, retriesDir), `${line}\n`);
}

/** Tries per check: a second one on CI only. */
const ATTEMPTS = process.env.CI ? 2 : 1;

async function attemptCheck(session, check, index) {
  try {
    await check.run(session);
  } catch (error) {
    await session.screenshot(`failed-${index + 1}`).catch(() => {});
    await session.takeErrors().then((errors) => {
      if (errors.length) error.message += `\nand errors in the page: ${errors.join('\n')}`;
    }, () => {});
    throw error;
  }
  const errors = await session.takeErrors();
  if (errors.length) throw new Error(`${session.driver.name}: console or page errors:\n  ${errors.join('\n  ')}`);
}

export function engineSuite(title, launch) {
  describe(title, () => {
    let session;
    before(
      async () => {
        mkdirSync(outputDir, { recursive: true });
        const driver = await launch();
        // This engine's pictures from an earlier run would mislead.
        for (const file of readdirSync(outputDir).filter((name) => name.startsWith(`${driver.slug}-`))) {
          rmSync(new URL(file, outputDir));
        }
        await driver.setViewport(SCREEN.width, SCREEN.height);
        session = new Session(driver, outputDir);
        console.log(`# ${driver.name}: ${driver.version}`);
      },
      { timeout: 90_000 },
    );
    after(() => session?.driver.close());

    for (const [index, check] of checks.entries()) {
      test(check.name, { timeout: 150_000 }, async () => {
        assert.ok(session, 'the browser did not start');
        // Like Playwright on CI: a failed check runs once more on a freshly
        // loaded page, and its first failure is printed as "flaky", so an
        // intermittent fault stays visible without failing the run. A check
        // that fails twice fails, and one whose page reported a wasm trap or
        // a panic fails at once: a retry must never hide one.
        for (let attempt = 1; ; attempt += 1) {
          try {
            await attemptCheck(session, check, index);
            return;
          } catch (error) {
            if (isTrap(error.message)) {
              error.message = `a wasm trap or panic (never retried):\n${error.message}`;
              throw error;
            }
            if (attempt >= ATTEMPTS) throw error;
            console.log(`# flaky in ${session.driver.name}, trying once more: ${error.message.replaceAll('\n', '\n#   ')}`);
            recordRetry(session.driver.slug, `${session.driver.name} › ${check.name}: ${error.message.split('\n')[0]}`);
            await session.restart();
          }
        }
      });
    }
  });
}
