// The wheel editor (dist/editor.html, <competence-wheel mode="edit">): an
// organisation adapts the wheel without writing JSON, by keyboard alone,
// and publishes a file that the schema and the widget accept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expectNoAxeViolations } from './helpers.mjs';

const schema = JSON.parse(readFileSync(new URL('../../www/wheel.schema.json', import.meta.url), 'utf8'));

/** Collects Content-Security-Policy violations and page errors. */
async function watch(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // axe-core, run by the test through evaluate(), adds a <style> of its
      // own; it has no source file. Anything the page's files do has one.
      if (!e.sourceFile) return;
      console.error(`csp: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('csp:')) problems.push(message.text());
  });
  return problems;
}

async function openEditor(page) {
  const response = await page.goto('/dist/editor.html');
  // The page is served under the strict policy the README gives.
  expect(response.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  const editor = page.locator('competence-wheel').first();
  await expect(editor.locator('.cwe')).toBeVisible();
  // The editor's own stylesheet has loaded: inputs are full width.
  await expect(editor.locator('#cwe-title')).toHaveCSS('display', 'block');
  return editor;
}

/** The id of the element focused inside the editor's shadow root. */
const focusedId = (editor) => editor.evaluate((el) => el.shadowRoot.activeElement?.id ?? '');

/** Presses Tab (as a person does) until the element with `id` has focus. */
async function tabTo(page, editor, id) {
  // Most presses go without a look: the controls between here and there, in
  // document order, less a few in case one is not a tab stop. Then one press
  // at a time until focus is there.
  const ahead = await editor.evaluate((el, target) => {
    const stops = [...el.shadowRoot.querySelectorAll('button, input:not([type=radio]), input[type=radio]:checked, textarea, a[href], [tabindex="0"]')];
    const from = stops.indexOf(el.shadowRoot.activeElement);
    const to = stops.findIndex((e) => e.id === target);
    return from >= 0 && to > from ? to - from - 3 : 0;
  }, id);
  for (let presses = 0; presses < ahead; presses++) await page.keyboard.press('Tab');
  for (let presses = 0; presses < 600; presses++) {
    if ((await focusedId(editor)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Types into the field that has focus, which must be `id`. */
async function typeInto(page, editor, id, text) {
  await tabTo(page, editor, id);
  await page.keyboard.type(text);
}

function plainPage(name, body) {
  const dir = new URL('../../target/plain/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(name, dir), body);
  return `/plain/${name}`;
}

test('a wheel of five dimensions built from empty by keyboard only downloads as a valid file that renders', { tag: '@long' }, async ({ page }, info) => {
  // Some hundred Tab presses, as a keyboard user makes them.
  test.setTimeout(180_000);
  const problems = await watch(page);
  const editor = await openEditor(page);
  await expectNoAxeViolations(page);

  await tabTo(page, editor, 'cwe-start-empty');
  await page.keyboard.press('Enter');
  // Focus is on the wheel's title, and the summary says what is missing.
  await expect.poll(() => focusedId(editor)).toBe('cwe-title');
  await expect(editor.locator('.cwe-summary__list a')).toHaveText([
    'Hjulet: Titel: Feltet må ikke være tomt. Skriv noget her.',
    'Dimensioner: Der skal være mindst én. Tilføj en.',
  ]);
  await expect(editor.locator('.cwe-preview__stale')).toContainText('Forhåndsvisningen kommer');
  await expectNoAxeViolations(page);
  await page.keyboard.type('Vores digitale hjul');

  const dimensions = [
    ['Samarbejde', ['Møder online', 'Deling af filer']],
    ['Data', ['Datakvalitet']],
    ['Sikkerhed', ['Adgangskoder']],
    ['Borgerne', ['Selvbetjening']],
    ['Læring', ['Kurser']],
  ];
  for (const [d, [title, parts]] of dimensions.entries()) {
    await tabTo(page, editor, 'cwe-dimensions');
    await page.keyboard.press('Enter');
    // A new dimension's title has focus at once.
    await expect.poll(() => focusedId(editor)).toBe(`cwe-dimensions-${d}-title`);
    await page.keyboard.type(title);
    await typeInto(page, editor, `cwe-dimensions-${d}-intro`, `Om ${title.toLowerCase()}.`);
    for (const [p, part] of parts.entries()) {
      if (p > 0) {
        await tabTo(page, editor, `cwe-dimensions-${d}-parts`);
        await page.keyboard.press('Enter');
        await expect.poll(() => focusedId(editor)).toBe(`cwe-dimensions-${d}-parts-${p}-title`);
        await page.keyboard.type(part);
      } else {
        await typeInto(page, editor, `cwe-dimensions-${d}-parts-${p}-title`, part);
      }
      await typeInto(page, editor, `cwe-dimensions-${d}-parts-${p}-description`, `Hvad ${part.toLowerCase()} handler om.`);
    }
  }
  // An example, and a colour the wheel must darken.
  await tabTo(page, editor, 'cwe-dimensions-0-parts-0-examples');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(editor)).toBe('cwe-dimensions-0-parts-0-examples-0');
  await page.keyboard.type('Et møde i Teams');
  await typeInto(page, editor, 'cwe-dimensions-1-color', '#777777');
  await expect(editor.locator('#cwe-dimensions-1-color-advice')).toContainText('så hjulet viser den mørkere');

  // Reorder by keyboard: Læring up above Borgerne; focus follows the entry.
  await tabTo(page, editor, 'cwe-dimensions-4-up');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(editor)).toBe('cwe-dimensions-3-up');
  await expect(editor.locator('#cwe-dimensions-3-title')).toHaveValue('Læring');

  await expect(editor.locator('.cwe-summary')).toHaveText('Hjulet har ingen fejl og kan hentes som fil.');
  // The live preview is the real widget: 5 dimensions and 6 parts.
  const preview = editor.locator('.cwe-preview__widget');
  await expect(preview.locator('.cw-seg')).toHaveCount(11);
  await expect(preview.locator('[data-segment="laering"]')).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, editor, 'cwe-download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('vores-digitale-hjul.json');
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  expect(file.dimensions.map((d) => d.id)).toEqual(['samarbejde', 'data', 'sikkerhed', 'laering', 'borgerne']);
  expect(file.dimensions[0].parts.map((p) => p.id)).toEqual(['moeder-online', 'deling-af-filer']);
  expect(file.dimensions[0].parts[0].examples).toEqual(['Et møde i Teams']);
  await expect(editor.locator('#cwe-download-state')).toHaveText('Alle ændringer er hentet.');

  // Downloaded ids stay when a title changes afterwards.
  await typeInto(page, editor, 'cwe-dimensions-1-title', ' og viden');
  await expect(editor.locator('#cwe-dimensions-1-id')).toHaveValue('data');

  // The snippet points at the address the person gives.
  await typeInto(page, editor, 'cwe-address', '');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('https://intranet.example.dk/filer/vores-digitale-hjul.json');
  await expect(editor.locator('#cwe-snippet')).toContainText('<competence-wheel src="https://intranet.example.dk/filer/vores-digitale-hjul.json"></competence-wheel>');
  // It is the README's snippet: the script for <head>, with blocking="render",
  // then the element for the page's content, each under a comment saying where.
  const [head, content] = (await editor.locator('#cwe-snippet').textContent()).split('\n\n');
  const script = `<script type="module" src="${new URL('/dist/competence-wheel.js', page.url()).href}" blocking="render"></script>`;
  expect(head).toBe(`<!-- i sidens <head>: browsere følger blocking="render" kun dér -->\n${script}`);
  expect(content).toBe('<!-- i sidens indhold, hvor hjulet skal vises -->\n<competence-wheel src="https://intranet.example.dk/filer/vores-digitale-hjul.json"></competence-wheel>');
  await info.attach('editor-built', { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });

  // The file renders on a page made of the snippet as pasted: its first part
  // in <head>, its second where the wheel goes (with the file's address here).
  const name = `built-${process.pid}.json`;
  plainPage(name, text);
  const pasted = content.replace('https://intranet.example.dk/filer/vores-digitale-hjul.json', `/plain/${name}`);
  await page.goto(plainPage(`built-${process.pid}.html`, `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title>${head}</head><body><main><h1>Intranet</h1>${pasted}</main></body></html>`));
  const wheel = page.locator('competence-wheel');
  await expect(wheel.locator('.cw-seg')).toHaveCount(11);
  await expect(wheel.locator('.cw__title')).toHaveText('Vores digitale hjul');
  await expect(wheel.locator('[data-segment="moeder-online"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a broken file shows each error at its field, and the summary links there', async ({ page }) => {
  const problems = await watch(page);
  const editor = await openEditor(page);
  const broken = {
    id: 'vores', version: '1', title: '', lang: 'da',
    dimensions: [
      { id: 'a', title: 'A', intro: '', color: 'rød', parts: [{ id: 'a', title: 'Et', description: 'x', examples: [''] }] },
      { id: 'b', title: 'x'.repeat(201), intro: 'Om B', parts: [{ id: 'c', title: 'To', description: 'y' }] },
    ],
  };
  await editor.locator('#cwe-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(editor.locator('#cwe-file-result')).toHaveText('Filen er hentet. Ret de fejl, der står ved felterne.');
  const expected = [
    ['cwe-title', 'Hjulet: Titel', 'Feltet må ikke være tomt. Skriv noget her.'],
    ['cwe-dimensions-0-intro', 'Dimension 1: Indledning', 'Feltet må ikke være tomt. Skriv noget her.'],
    ['cwe-dimensions-0-color', 'Dimension 1: Farve (valgfri)', '»rød« er ikke en farve. Skriv den som # og seks tegn 0–9 eller a–f, fx #0b5cad.'],
    ['cwe-dimensions-0-parts-0-id', 'Dimension 1, Del 1.1: Id', 'Id\'et »a« bruges også et andet sted i hjulet. Skriv et andet.'],
    ['cwe-dimensions-0-parts-0-examples-0', 'Dimension 1, Del 1.1, Eksempel 1', 'Feltet må ikke være tomt. Skriv noget her.'],
    ['cwe-dimensions-1-title', 'Dimension 2: Titel', 'Teksten er for lang. Den må højst have 200 tegn.'],
  ];
  // Focus went to the summary, which lists every error with a link.
  await expect.poll(() => focusedId(editor)).toBe('cwe-summary');
  await expect(editor.locator('.cwe-summary__title')).toHaveText('6 ting skal rettes, før hjulet kan hentes');
  await expect(editor.locator('.cwe-summary__list a')).toHaveText(expected.map(([, place, words]) => `${place}: ${words}`));
  for (const [id, , words] of expected) {
    const input = editor.locator(`#${id}`);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.locator(`#${id}-error`)).toHaveText(`Fejl: ${words}`);
    await expect(editor.locator(`#${id}-error`)).toBeVisible();
    // The error is part of the field's description for screen readers.
    expect(await input.getAttribute('aria-describedby')).toContain(`${id}-error`);
  }
  await expect(editor.locator('.cwe-preview__stale')).toContainText('Forhåndsvisningen kommer');
  await expectNoAxeViolations(page);

  // A summary link, followed by keyboard, puts focus in its field, in view.
  await tabTo(page, editor, 'cwe-summary');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(editor)).toBe('cwe-dimensions-0-color');
  await expect(editor.locator('#cwe-dimensions-0-color')).toBeInViewport();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('#0b5cad');
  await expect(editor.locator('#cwe-dimensions-0-color-error')).toHaveCount(0);
  await expect(editor.locator('.cwe-summary__list a')).toHaveCount(5);

  // Download is refused while errors remain: it leads to the summary instead.
  await editor.locator('#cwe-download').click();
  await expect.poll(() => focusedId(editor)).toBe('cwe-summary');

  // Not JSON: refused with the reason, and the draft is kept as it was.
  await editor.locator('#cwe-file').setInputFiles({ name: 'nope.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": ') });
  await expect(editor.locator('#cwe-file-result')).toContainText('Filen kunne ikke bruges, og din kladde er uændret');
  await expect(editor.locator('#cwe-dimensions-0-color')).toHaveValue('#0b5cad');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('a reload mid-edit asks first and finds the draft; starting over asks first', async ({ page }) => {
  const problems = await watch(page);
  const editor = await openEditor(page);
  // A real click first: Chromium asks before leaving only a page the person
  // has interacted with.
  await editor.locator('#cwe-dimensions-0-parts-0-title').click();
  await editor.locator('#cwe-dimensions-0-parts-0-title').fill('Brugerkompetencer i hverdagen');
  await expect(editor.locator('#cwe-download-state')).toHaveText('Der er ændringer, som ikke er hentet endnu.');
  // The page asks before leaving: its beforeunload handler cancels the
  // event, which is what makes a browser ask. (Whether headless Chromium
  // then shows the dialog on a reload depends on its own heuristics, so the
  // test asks the handler, then reloads and accepts a dialog if one comes.)
  await expect
    .poll(() => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))))
    .toBe(true);
  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  await expect(editor.locator('#cwe-dimensions-0-parts-0-title')).toHaveValue('Brugerkompetencer i hverdagen');
  await expect(editor.locator('#cwe-store')).toHaveText('Din kladde fra sidst er hentet frem. Den gemmes fortsat i browseren, mens du skriver.');
  // The id was fixed by the KL file, so renaming the part kept it.
  await expect(editor.locator('#cwe-dimensions-0-parts-0-id')).toHaveValue('brugerkompetencer');
  await expectNoAxeViolations(page);

  // Starting over with unsaved changes asks first, in the editor, with focus on
  // the answer; no keeps the draft, yes replaces it.
  await editor.locator('#cwe-start-empty').click();
  await expect(editor.locator('#cwe-question-text')).toHaveText('Din kladde har ændringer, som ikke er hentet som fil. Vil du erstatte den?');
  await expect.poll(() => focusedId(editor)).toBe('cwe-replace-yes');
  await expectNoAxeViolations(page);
  await editor.locator('#cwe-replace-no').click();
  await expect(editor.locator('#cwe-question-text')).toHaveCount(0);
  await expect(editor.locator('#cwe-dimensions-0-parts-0-title')).toHaveValue('Brugerkompetencer i hverdagen');
  await editor.locator('#cwe-start-empty').click();
  await page.keyboard.press('Enter');
  await expect(editor.locator('#cwe-dimensions-0-parts-0-title')).toHaveCount(0);
  await expect.poll(() => focusedId(editor)).toBe('cwe-title');
  expect(problems).toEqual([]);
});

// Its own test: with the draft's journey above, three axe runs and three page
// loads did not fit one test's time on a loaded machine.
test('blocked storage: the editor works, and says the draft is not kept', async ({ page: blocked }) => {
  const problems = await watch(blocked);
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await blocked.goto('/dist/editor.html');
  const other = blocked.locator('competence-wheel');
  await expect(other.locator('#cwe-store')).toHaveText('Browseren tillader ikke, at kladden gemmes. Du kan godt redigere, men hent hjulet som fil, før du lukker siden.');
  await other.locator('#cwe-title').fill('Et hjul uden lager');
  await expect(other.locator('.cwe-preview__widget .cw__title')).toHaveText('Et hjul uden lager');
  await expectNoAxeViolations(blocked);
  expect(problems).toEqual([]);
});

test('at 320 px nothing scrolls sideways, and the preview rates', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const editor = await openEditor(page);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await editor.locator('#cwe-start-example').click();
  await expect(editor.locator('.cwe-preview__widget .cw__title')).toHaveText('Digital forvaltning – et eksempel på et eget hjul');
  await editor.locator('#cwe-dimensions-0-title').fill('');
  await expect(editor.locator('.cwe-summary__list a')).toHaveCount(1);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await editor.locator('#cwe-dimensions-0-title').fill('Digitalt samarbejde');
  await editor.locator('label[for="cwe-preview-rate"]').click();
  const preview = editor.locator('.cwe-preview__widget');
  await preview.locator('.cw-seg').nth(1).click();
  await expect(preview.locator('input[type="radio"]').first()).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('in English and in a dark scheme, the editor reads and passes axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(plainPage(`english-${process.pid}.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="dark"><title>Intranet</title><script type="module" src="/dist/competence-wheel.js"></script></head><body><main><h1>Intranet</h1><competence-wheel mode="edit"></competence-wheel></main></body></html>'));
  const editor = page.locator('competence-wheel');
  await expect(editor.locator('.cwe-title')).toHaveText('Adapt the wheel');
  // The page is dark, and so is the editor, like the widget.
  await expect(editor.locator('.cwe')).toHaveCSS('background-color', 'rgb(26, 26, 26)');
  await expect(editor.locator('#cwe-title')).toHaveCSS('display', 'block');
  await expect(editor.locator('#cwe-title')).toHaveValue('The digital competence wheel for employees');
  await expectNoAxeViolations(page);
  await editor.locator('#cwe-dimensions-0-parts-0-examples-0').fill('');
  await editor.locator('#cwe-dimensions-1-color').fill('#12');
  await expect(editor.locator('.cwe-summary__list a')).toHaveText([
    'Dimension 1, Part 1.1, Example 1: This field must not be empty. Write something here.',
    'Dimension 2: Colour (optional): “#12” is not a colour. Write it as # and six characters 0–9 or a–f, e.g. #0b5cad.',
  ]);
  await expect(editor.locator('.cwe-preview__stale')).toHaveText('The wheel has errors, so the preview shows it as it was before them.');
  await expectNoAxeViolations(page);
});
