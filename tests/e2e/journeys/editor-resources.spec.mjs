// The intranet editor gives a part of the KL wheel its own learning
// resources ("Kom videre"): a course on the intranet and an article on the
// web. By keyboard, in the editor: a bad address is caught at its field and
// in the summary, the kind is chosen, the two are reordered. The preview's
// panel then shows them as links that open safely in a new tab, the
// downloaded file passes the schema, and on the intranet page an employee
// who has that part to develop finds them in the profile, and on paper with
// their addresses. axe judges each new state in the light and dark schemes
// and in forced colours.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect, expectNoAxeViolations, WheelPage, parts, rateByMouse } from '../helpers.mjs';

const schema = JSON.parse(readFileSync(new URL('../../../www/wheel.schema.json', import.meta.url), 'utf8'));

test.use({ viewport: { width: 1440, height: 900 } });

const focusedId = (host) => host.evaluate((el) => el.shadowRoot.activeElement?.id ?? '');

/** Presses Tab until the control with `id` has focus (as in wheel-editor.spec.mjs). */
async function tabTo(page, host, id) {
  const ahead = await host.evaluate((el, target) => {
    const stops = [...el.shadowRoot.querySelectorAll('button, input:not([type=radio]), input[type=radio]:checked, textarea, a[href], [tabindex="0"]')];
    const from = stops.indexOf(el.shadowRoot.activeElement);
    const to = stops.findIndex((e) => e.id === target);
    return from >= 0 && to > from ? to - from - 3 : 0;
  }, id);
  for (let presses = 0; presses < ahead; presses++) await page.keyboard.press('Tab');
  for (let presses = 0; presses < 800; presses++) {
    if ((await focusedId(host)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** axe in the light scheme, the dark one (the host's data-color-scheme) and forced colours. */
async function axeInEveryScheme(page, host) {
  await expectNoAxeViolations(page);
  await host.evaluate((el) => el.setAttribute('data-color-scheme', 'dark'));
  await expectNoAxeViolations(page);
  await host.evaluate((el) => el.removeAttribute('data-color-scheme'));
  await page.emulateMedia({ forcedColors: 'active' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ forcedColors: 'none' });
}

function plainPage(name, body) {
  const dir = new URL('../../../target/plain/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(name, dir), body);
  return `/plain/${name}`;
}

const part = parts[0]; // Brugerkompetencer, part 1.1
const base = 'cwe-dimensions-0-parts-0-resources';

test('an editor adds resources to a part; the panel, the profile and the paper show them', async ({ page }, info) => {
  test.setTimeout(180_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/dist/editor.html');
  const editor = page.locator('competence-wheel').first();
  await expect(editor.locator('.cwe')).toBeVisible();
  await editor.locator('#cwe-start-kl-da').click();
  await expect(editor.locator('#cwe-dimensions-0-parts-0-title')).toHaveValue(part.part.title);

  // Add a link: focus goes to its title.
  await tabTo(page, editor, base);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(editor)).toBe(`${base}-0-title`);
  await page.keyboard.type('Digital sikkerhed');
  // A script address is refused at its field and in the summary.
  await tabTo(page, editor, `${base}-0-url`);
  await page.keyboard.type('javascript:alert(1)');
  const message = '»javascript:alert(1)« er ikke en webadresse, der kan åbnes. Skriv en adresse, der begynder med https://, eller en adresse på intranettet som /kurser/sikkerhed.';
  await expect(editor.locator(`#${base}-0-url-error`)).toHaveText(`Fejl: ${message}`);
  await expect(editor.locator(`#${base}-0-url`)).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('.cwe-summary__list a')).toHaveText([`Dimension 1, Del 1.1, Link 1: Adresse: ${message}`]);
  await expect(editor.locator('.cwe-preview__stale')).toBeVisible();
  await page.screenshot({ path: info.outputPath('01-bad-address.png') });
  await axeInEveryScheme(page, editor);

  // Mended; the kind chosen with the arrow keys (none → kursus → e-læring).
  await page.keyboard.press('Control+A');
  await page.keyboard.type('/kurser/digital-sikkerhed');
  await expect(editor.locator(`#${base}-0-url-error`)).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedId(editor)).toBe(`${base}-0-kind`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(editor.locator(`#${base}-0-kind-2`)).toBeChecked();

  // A second one, an article on the web, then moved above the first.
  await tabTo(page, editor, base);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(editor)).toBe(`${base}-1-title`);
  await page.keyboard.type('Sikker digital – gode råd');
  await tabTo(page, editor, `${base}-1-url`);
  await page.keyboard.type('https://www.sikkerdigital.dk/');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(editor.locator(`#${base}-1-kind-3`)).toBeChecked();
  await tabTo(page, editor, `${base}-1-up`);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(editor)).toBe(`${base}-0-down`);
  await expect(editor.locator(`#${base}-0-title`)).toHaveValue('Sikker digital – gode råd');
  await expect(editor.locator(`#${base}-1-title`)).toHaveValue('Digital sikkerhed');
  // Each kind moved with its resource.
  await expect(editor.locator(`#${base}-0-kind-3`)).toBeChecked();
  await expect(editor.locator(`#${base}-1-kind-2`)).toBeChecked();
  await expect(editor.locator('.cwe-summary')).toHaveText('Hjulet har ingen fejl og kan hentes som fil.');

  // The preview's panel: "Kom videre", links in order, kind in words, a new tab that cannot reach back.
  const preview = editor.locator('.cwe-preview__widget');
  await expect(preview.locator('.cwe-preview__stale')).toHaveCount(0);
  await preview.locator(`[data-segment="${part.id}"]`).click();
  const panel = preview.locator('#cw-panel');
  await expect(panel.locator('.cw-panel__subheading', { hasText: 'Kom videre' })).toBeVisible();
  const links = panel.locator('.cw-resources__link');
  await expect(links).toHaveCount(2);
  await expect(panel.getByRole('link', { name: 'Sikker digital – gode råd (åbner i en ny fane)' })).toHaveAttribute('href', 'https://www.sikkerdigital.dk/');
  await expect(panel.getByRole('link', { name: 'Digital sikkerhed (åbner i en ny fane)' })).toHaveAttribute('href', '/kurser/digital-sikkerhed');
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
  }
  await expect(panel.locator('.cw-resources__item')).toHaveText([/^Sikker digital – gode råd.*\(artikel\)/, /^Digital sikkerhed.*\(e-læring\)/]);
  await panel.locator('.cw-resources').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('02-preview-panel.png') });
  await axeInEveryScheme(page, editor);

  // The downloaded file passes the schema and holds both, in order.
  await tabTo(page, editor, 'cwe-download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  expect(file.dimensions[0].parts[0].resources).toEqual([
    { title: 'Sikker digital – gode råd', url: 'https://www.sikkerdigital.dk/', kind: 'artikel' },
    { title: 'Digital sikkerhed', url: '/kurser/digital-sikkerhed', kind: 'e-læring' },
  ]);
  expect(file.dimensions[0].parts[1].resources).toBeUndefined();

  // On the intranet page, an employee rates three parts: 1.1 is the one to develop.
  const name = `resources-${process.pid}`;
  plainPage(`${name}.json`, text);
  const script = `<script type="module" src="/dist/competence-wheel.js" blocking="render"></script>`;
  await page.goto(plainPage(`${name}.html`, `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title>${script}</head><body><main><h1>Intranet</h1><competence-wheel src="/plain/${name}.json"></competence-wheel></main></body></html>`));
  const wheelPage = new WheelPage(page);
  await wheelPage.ready();
  await rateByMouse(wheelPage, parts[0], 1);
  await rateByMouse(wheelPage, parts[1], 4);
  await rateByMouse(wheelPage, parts[2], 4);
  await wheelPage.host.getByRole('button', { name: 'Vis din profil' }).click();
  const develop = wheelPage.host.locator('.cw-profile__highlight').nth(1);
  await expect(develop.locator('.cw-profile__subheading')).toHaveText('Det kan du udvikle');
  await expect(develop.locator('.cw-profile__develop-title')).toHaveText([part.title]);
  const resources = develop.locator('.cw-profile__resources');
  await expect(resources.locator('.cw-profile__resources-title')).toHaveText('Kom videre');
  await expect(resources.getByRole('link')).toHaveText([/^Sikker digital – gode råd/, /^Digital sikkerhed/]);
  await expect(resources.locator('.cw-resources__url').first()).toBeHidden();
  await resources.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('03-profile.png') });
  await axeInEveryScheme(page, wheelPage.host);

  // On paper: each title with its address, no arrow.
  await page.emulateMedia({ media: 'print' });
  await expect(resources.locator('.cw-resources__item')).toHaveText([
    'Sikker digital – gode råd (åbner i en ny fane) (artikel) – https://www.sikkerdigital.dk/',
    'Digital sikkerhed (åbner i en ny fane) (e-læring) – /kurser/digital-sikkerhed',
  ].map((t) => new RegExp(t.replace(/[()/.?]/g, '\\$&').replace(' \\(åbner i en ny fane\\)', '.*'))));
  await expect(resources.locator('.cw-resources__url').first()).toBeVisible();
  await expect(resources.locator('.cw-resources__url').first()).toHaveText(' – https://www.sikkerdigital.dk/');
  await expect(resources.locator('.cw-resources__arrow').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(info.outputPath('04-print.pdf'), pdf);
  expect(errors).toEqual([]);
});

test('a wheel file with a script address is refused with a calm message that names the resource', async ({ page }) => {
  const file = JSON.parse(readFileSync(new URL('../../../www/wheels/eksempel-kom-videre.da.json', import.meta.url), 'utf8'));
  file.dimensions[0].parts[1].resources[1].url = 'javascript:alert(document.cookie)';
  const name = `script-address-${process.pid}`;
  plainPage(`${name}.json`, JSON.stringify(file));
  await page.goto(plainPage(`${name}.html`, `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title><script type="module" src="/dist/competence-wheel.js"></script></head><body><main><h1>Intranet</h1><competence-wheel src="/plain/${name}.json"></competence-wheel></main></body></html>`));
  const host = page.locator('competence-wheel');
  const failed = host.locator('.cw-failed[role="alert"]');
  await expect(failed.locator('.cw-failed__what')).toHaveText('»javascript:alert(document.cookie)« er ikke en webadresse, der kan åbnes. Skriv en adresse, der begynder med https://, eller en adresse på intranettet som /kurser/sikkerhed.');
  await expect(failed.locator('.cw-failed__where')).toContainText('$.dimensions[0].parts[1].resources[1].url');
  await expect(host.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
