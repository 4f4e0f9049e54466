// Norwegian (Bokmål): a Norwegian municipality's page with its own wheel
// file gets the whole UI in Norwegian, from a chunk of its own that a
// Danish page never fetches.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { WheelPage, expectNoAxeViolations, unhashed, plain } from './helpers.mjs';
import { encode } from './codes.mjs';

const NORWEGIAN_CHUNK = /\/dist\/competence-wheel\.nb\.[0-9a-f]{10}\.wasm$/;
const example = JSON.parse(readFileSync(new URL('../../www/wheels/eksempel.nb.json', import.meta.url), 'utf8'));
const exampleParts = example.dimensions.flatMap((dimension) => dimension.parts.map((part) => ({ dimension, part })));

/** The wasm files the page fetches, named without their content hash. */
function wasmRequests(page) {
  const urls = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) urls.push(unhashed(new URL(request.url()).pathname));
  });
  return urls;
}

/** A plain intranet page holding `body`, in `lang`; its path on the server. */
function intranetPage(lang, body) {
  const dir = new URL('../../target/plain/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const name = `norwegian-${lang}-${process.pid}-${Math.random().toString(36).slice(2)}.html`;
  writeFileSync(
    new URL(name, dir),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Intranett</title><script type="module" src="/dist/competence-wheel.js"></script></head><body><main><h1>Intranett</h1>${body}</main></body></html>`,
  );
  return `/plain/${name}`;
}

test('a Norwegian page with its own wheel speaks Norwegian: hub, panel, levels, saving, profile and sharing', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const fetched = wasmRequests(page);
  await page.goto(intranetPage('nb', '<competence-wheel lang="nb" src="/wheels/eksempel.nb.json"></competence-wheel>'));
  const wheel = new WheelPage(page);
  const host = wheel.host;
  const count = example.dimensions.length + exampleParts.length;
  await expect(host.locator('.cw-seg')).toHaveCount(count);
  await expect(host.locator('.cw')).toHaveAttribute('lang', 'nb');
  // The Norwegian chunk came, English did not.
  expect(fetched).toContain('/dist/competence-wheel.nb.wasm');
  expect(fetched).not.toContain('/dist/competence-wheel.en.wasm');

  // Before anything is chosen: the hint, the hub, the tools.
  await expect(host.locator('.cw-panel__hint')).toHaveText(/^Velg en del av hjulet for å lese hva den handler om/);
  await expect(host.locator('.cw-wheel__hub-text')).toContainText(`0/${exampleParts.length}`);
  for (const name of ['Lagre som fil', 'Åpne fil', 'Nullstill', 'Del anonymt']) {
    await expect(host.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // A part: its own Norwegian text, and the rating form in Norwegian.
  const { dimension, part } = exampleParts[3];
  await wheel.segment(part.id).click();
  await expect(wheel.heading).toHaveText(plain(part.title));
  await expect(host.locator('.cw-panel__back')).toHaveText(plain(dimension.title));
  await expect(host.getByRole('button', { name: 'Lukk' })).toBeVisible();
  const level = host.getByRole('group', { name: 'Hvor er du i dag?' });
  const target = host.getByRole('group', { name: 'Hvor vil du gjerne være?' });
  const levelNames = [
    'Ikke vurdert',
    'Nivå 1: Jeg vet hva det er',
    'Nivå 2: Jeg kan med hjelp',
    'Nivå 3: Jeg kan selv',
    'Nivå 4: Jeg kan det trygt, også i nye situasjoner',
    'Nivå 5: Jeg kan lære andre',
  ];
  for (const [i, name] of levelNames.entries()) {
    await expect(level.getByRole('radio').nth(i)).toHaveAccessibleName(name);
    await expect(target.getByRole('radio').nth(i)).toHaveAccessibleName(i ? name : 'Ikke noe mål');
  }
  await expect(host.getByRole('textbox', { name: 'Notatet ditt (bare for deg)' })).toBeVisible();
  await expect(host.getByRole('navigation', { name: 'Gå videre i hjulet' })).toBeVisible();
  await expect(host.getByRole('heading', { name: 'Om delen' })).toBeVisible();
  await expect(host.getByRole('heading', { name: 'Eksempler' })).toBeVisible();
  await expect(host.getByRole('group', { name: `${example.title} – 0 av ${exampleParts.length} vurdert` })).toBeVisible();
  await expect(host.getByRole('button', { name: /^Neste / })).toBeVisible();
  await expect(host.getByRole('button', { name: /^Forrige / })).toBeVisible();
  await expectNoAxeViolations(page);

  await host.locator('#cw-level-3').check();
  await host.locator('#cw-target-5').check();
  await expect(host.locator('[role="status"].cw__live')).toHaveText(
    `${plain(part.title)}, mål: Nivå 5 – Jeg kan lære andre. Lagret.`,
  );
  await expect(host.locator('.cw-rating__saved').first()).toHaveText('✓Lagret');
  // The part's name on the wheel: its level in Norwegian.
  await expect(wheel.segment(part.id)).toHaveAttribute('aria-label', new RegExp(`^${plain(part.title)}, .*nivå 3 av 5$`));
  await expect(host.locator('.cw-wheel__hub-text')).toContainText(`1/${exampleParts.length}`);
  await expect(host.locator('#cw-note-left')).toHaveText(/^\d+ tegn igjen$/);

  // Two more ratings, then the profile.
  for (const [{ part: other }, level] of [[exampleParts[0], 4], [exampleParts[5], 1]]) {
    await wheel.segment(other.id).click();
    await host.locator(`#cw-level-${level}`).check();
  }
  await host.getByRole('button', { name: 'Vis profilen din' }).click();
  const profile = host.locator('.cw-profile');
  await expect(profile.getByRole('heading', { name: 'Profilen din' })).toBeVisible();
  await expect(profile.getByRole('columnheader', { name: 'Del' }).first()).toBeVisible();
  await expect(profile.getByRole('columnheader', { name: 'Nivå' }).first()).toBeVisible();
  await expect(profile.getByRole('columnheader', { name: 'Mål' }).first()).toBeVisible();
  await expect(profile.getByRole('heading', { name: 'Styrkene dine' })).toBeVisible();
  await expect(profile.getByRole('heading', { name: 'Dette kan du utvikle' })).toBeVisible();
  await expect(profile).toContainText('Farget felt: nivået ditt');
  await expect(profile).toContainText('Stiplet bue: målet ditt');
  // Figures with a decimal comma: (3 + 4 + 1) / 3 = 2,7.
  await expect(host.locator('.cw-wheel__hub-text')).toContainText('2,7');
  await expect(host.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expect(host.getByRole('button', { name: 'Skjul profilen din' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sharing: the box and its words.
  await host.getByRole('button', { name: 'Del anonymt' }).click();
  await expect(host.locator('.cw-share')).toContainText('Gi koden til den som samler gruppens hjul.');
  await expect(host.getByText('Koden din')).toBeVisible();
  await expect(host.getByText('Eller del denne lenken')).toBeVisible();
  await expect(host.getByRole('button', { name: 'Kopier' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // No Danish word of the UI anywhere in the widget (the wheel's own text
  // is Norwegian too).
  const text = await host.evaluate((el) => el.shadowRoot.textContent);
  for (const danish of ['Gem som fil', 'Hent fra fil', 'Nulstil', 'Vis din profil', 'Din profil', 'niveau', 'Udskriv', 'Ikke vurderet', 'Gemt']) {
    expect(text, danish).not.toContain(danish);
  }
  // English's chunk was never needed.
  expect(fetched).not.toContain('/dist/competence-wheel.en.wasm');
});

test('a Danish page never fetches the Norwegian chunk', async ({ page }) => {
  const fetched = wasmRequests(page);
  const wheel = new WheelPage(page);
  await page.goto(intranetPage('da', '<competence-wheel></competence-wheel>'));
  await wheel.ready();
  await expect(wheel.host.locator('.cw')).toHaveAttribute('lang', 'da');
  await wheel.segment('dataanvendelse').click();
  await expect(wheel.host.getByRole('group', { name: 'Hvor er du i dag?' })).toBeVisible();
  // Beside the rating controls' chunk (and what it shares with other views).
  expect(fetched.filter((url) => !/\.(rate|chunk_\d+)\.wasm$/.test(url))).toEqual(['/dist/competence-wheel.wasm']);
});

test('no, nn and nb-NO get Bokmål; without a wheel file the page shows KL\'s Danish wheel in a Norwegian frame', async ({ page }) => {
  const fetched = wasmRequests(page);
  await page.goto(
    intranetPage(
      'no',
      '<competence-wheel id="no"></competence-wheel><competence-wheel id="nn" lang="nn" storage-key="nn"></competence-wheel><competence-wheel id="nbno" lang="nb-NO" storage-key="nbno"></competence-wheel>',
    ),
  );
  for (const id of ['no', 'nn', 'nbno']) {
    const wheel = new WheelPage(page, page.locator(`#${id}`));
    await wheel.ready();
    await expect(wheel.host.locator('.cw')).toHaveAttribute('lang', 'nb');
    await expect(wheel.host.getByRole('button', { name: 'Lagre som fil' })).toBeVisible();
    // KL's wheel, in Danish: it has no Norwegian text.
    await expect(wheel.label('dataanvendelse')).toContainText('Data');
    await wheel.segment('dataanvendelse').click();
    await expect(wheel.heading).toHaveText('Dataanvendelse');
    await expect(wheel.host.getByRole('group', { name: 'Hvor er du i dag?' })).toBeVisible();
    // Closed again: three panels open on one page would be three regions
    // of the same name.
    await wheel.host.getByRole('button', { name: 'Lukk' }).click();
    await wheel.expectClosed();
  }
  // One chunk for the three widgets.
  expect(fetched.filter((url) => url === '/dist/competence-wheel.nb.wasm')).toHaveLength(1);
  await expectNoAxeViolations(page);
});

test('when the Norwegian chunk cannot be fetched, the widget says so in Norwegian and tries again', async ({ page }) => {
  let blocked = true;
  await page.route(NORWEGIAN_CHUNK, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(intranetPage('nb', '<competence-wheel src="/wheels/eksempel.nb.json"></competence-wheel>'));
  const host = page.locator('competence-wheel');
  const alert = host.getByRole('alert').filter({ hasText: 'Tekstene kunne ikke lastes inn. Sjekk tilkoblingen, og prøv igjen.' });
  await expect(alert).toBeVisible();
  await expect(host.locator('.cw-seg')).toHaveCount(0);
  await expectNoAxeViolations(page);
  blocked = false;
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(host.locator('.cw')).toHaveAttribute('lang', 'nb');
  await expect(host.locator('.cw-panel__hint')).toHaveText(/^Velg en del av hjulet/);
  await expect(alert).toHaveCount(0);
});

test('the wheel editor in Norwegian', async ({ page }) => {
  await page.goto(intranetPage('nb', '<competence-wheel mode="edit"></competence-wheel>'));
  const editor = page.locator('competence-wheel');
  await expect(editor.locator('.cwe-title')).toHaveText('Tilpass hjulet');
  await expect(editor.locator('.cwe')).toHaveAttribute('lang', 'nb');
  await expect(editor.getByRole('button', { name: 'Legg til en dimensjon' })).toBeVisible();
  await expect(editor.getByText('KLs hjul på dansk')).toBeVisible();
  // Its preview speaks Norwegian too.
  await expect(editor.locator('.cw').first()).toHaveAttribute('lang', 'nb');
  await expectNoAxeViolations(page);
});

test('a trainer in Norwegian: presenting, and the group\'s wheel with its CSV', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(intranetPage('nb', '<competence-wheel mode="present" src="/wheels/eksempel.nb.json"></competence-wheel>'));
  const host = page.locator('competence-wheel');
  await expect(host.locator('.cw-present-start__lead')).toHaveText('Trykk Neste eller Page Down for å begynne.', { timeout: 15_000 });
  await expect(host.getByRole('button', { name: 'Fullskjerm' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(host.locator('.cw-present__position [aria-hidden="true"]')).toHaveText(/^1 \/ \d+$/);
  await expect(host.locator('.cw-present__position')).toContainText(/Trinn 1 av \d+/);
  await page.keyboard.press('End');
  await expect(host.locator('#cw-panel-title')).toHaveText(example.questions.title);
  await expectNoAxeViolations(page);

  // The group's wheel, here with KL's wheel (no file of its own).
  await page.goto(intranetPage('nb', '<competence-wheel mode="group"></competence-wheel>'));
  await expect(host.getByRole('heading', { name: 'Gruppens hjul' })).toBeVisible({ timeout: 15_000 });
  const codes = [[3, 4, 2, 5, 1, 3, 4, 2, 5, 1, 3, 4], [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]];
  await host.getByLabel('Lim inn deltakernes koder eller lenker (én per linje)').fill(codes.map((levels, i) => encode(levels, 1000 + i)).join('\n'));
  await host.getByRole('button', { name: 'Vis gruppens hjul' }).click();
  await expect(host.locator('.cw-group__result')).toContainText('3 deltakere');
  await expect(host.getByRole('group', { name: 'Slik leser du hjulet' })).toContainText('Det fargede feltet går fra innerkanten');
  await host.locator('[data-segment="brugerkompetencer"]').click();
  await expect(host.locator('.cw-panel__group')).toHaveText('Gruppen: gjennomsnitt 3,0, spenn 2–4, 3 svar');
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    host.getByRole('button', { name: 'Last ned tabellen som CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path()).subarray(3).toString('utf8').trim().split('\r\n');
  expect(csv[0]).toBe('Dimensjon;Del;Svar;Gjennomsnitt;Median;Lavest;Høyest;Nivå 1;Nivå 2;Nivå 3;Nivå 4;Nivå 5');
  // (3 + 2 + 4) / 3 = 3,0 for the first part, in Norwegian figures.
  expect(csv[1]).toMatch(/^Anvendelseskompetencer;Brugerkompetencer;3;3,0;3,0;2;4;/);
});
