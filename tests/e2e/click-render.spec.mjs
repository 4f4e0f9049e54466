// A click changes only what it changes: the part it opens, the part it
// closes and the panel. Every other segment, label, the hub and the rest of
// the widget keep their DOM untouched, on the built-in wheel and on a wheel
// of 768 parts (where re-rendering every segment cost a click its frame).
import { test, expect, WheelPage, parts } from './helpers.mjs';

/** A wheel of `count` parts in dimensions of 64, as `cargo xtask bench` makes. */
function generatedWheel(count) {
  const dimensions = Math.max(4, Math.ceil(count / 64));
  const per = Math.floor(count / dimensions);
  return {
    id: `bench-${count}`,
    version: '1',
    title: `Målehjul med ${count} dele`,
    lang: 'da',
    dimensions: Array.from({ length: dimensions }, (_, d) => ({
      id: `d${d}`,
      title: `Dimension ${d + 1}`,
      intro: 'En genereret dimension til målinger.',
      parts: Array.from({ length: per }, (_, p) => ({
        id: `d${d}-p${p}`,
        title: `Del ${d + 1}.${p + 1}`,
        description: `Beskrivelse af del ${d + 1}.${p + 1}.`,
        examples: ['Første eksempel', 'Andet eksempel'],
      })),
    })),
  };
}

/**
 * Where the widget's DOM changed while `act` ran, until the panel's heading
 * reads `title` and two frames have passed (effects included): each place
 * as the segment it belongs to (its button or its label), the open part's
 * outline, `panel`, or the element's tag and class for anything else. The
 * live region, which tells a screen reader what opened, is left out.
 */
async function changedPlaces(wheel, act, title) {
  await wheel.host.evaluate((host) => {
    const places = new Set();
    const place = (node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      const segment = element?.closest('[data-segment]');
      if (segment) return `segment ${segment.dataset.segment}`;
      const label = element?.closest('[data-label-for]');
      if (label) return `segment ${label.dataset.labelFor}`;
      if (element?.closest('#cw-panel')) return 'panel';
      if (element?.closest('.cw-wheel__outline--open')) return 'the open outline';
      if (element?.closest('.cw__live')) return 'the live region';
      return `${element?.localName}.${element?.getAttribute('class') ?? ''}`;
    };
    const observer = new MutationObserver((records) => records.forEach((r) => places.add(place(r.target))));
    observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    window.__clickRender = { observer, places };
  });
  await act();
  await expect(wheel.heading).toHaveText(title);
  return wheel.host.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const { observer, places } = window.__clickRender;
            observer.disconnect();
            places.delete('the live region');
            resolve([...places].sort());
          }),
        );
      }),
  );
}

for (const mode of ['explore', 'rate']) {
  test(`${mode}: a click changes the part it opens, the part it closes and the panel, nothing else`, async ({ page }) => {
    const wheel = new WheelPage(page);
    await wheel.open();
    await wheel.host.evaluate((host, mode) => host.setAttribute('mode', mode), mode);
    await wheel.ready();
    const [first, second] = [parts[1], parts[7]];
    await wheel.segment(first.id).click();
    await wheel.expectPanel(first);
    const places = await changedPlaces(wheel, () => wheel.segment(second.id).click(), second.title);
    expect(places).toEqual(['panel', `segment ${first.id}`, `segment ${second.id}`, 'the open outline']);
    await wheel.expectPanel(second);
  });
}

test('on a wheel of 768 parts, a click changes two segments and the panel, nothing else', async ({ page }) => {
  const body = JSON.stringify(generatedWheel(768));
  await page.route('**/wheel-768.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const wheel = new WheelPage(page);
  await wheel.open();
  await wheel.host.evaluate((host) => host.setAttribute('src', '/wheel-768.json'));
  await expect(wheel.host.locator('.cw-seg')).toHaveCount(768 + 12);
  const [first, second] = ['d2-p5', 'd9-p40'];
  // Dispatched: a thin part of a big wheel is hard to hit by coordinates.
  await wheel.segment(first).dispatchEvent('click');
  await expect(wheel.heading).toHaveText('Del 3.6');
  const places = await changedPlaces(wheel, () => wheel.segment(second).dispatchEvent('click'), 'Del 10.41');
  expect(places).toEqual(['panel', `segment ${first}`, `segment ${second}`, 'the open outline']);
});
