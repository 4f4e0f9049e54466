// The iframe page (dist/frame.html): one <competence-wheel>, configured only
// by the query string, for intranets that allow an iframe but no script.
//
// Accepted parameters (anything else is ignored with a console warning, and
// nothing from the URL is ever written into the page as markup or CSS text):
//   lang         da | en | nb (also no, nn: Norwegian Bokmål)
//   mode         explore | rate
//   src          a wheel file on this same host (a path, or a same-origin URL)
//   storage-key  letters, digits and . _ : - (at most 100)
//   cw-text, cw-muted, cw-background, cw-surface, cw-border, cw-focus, cw-link,
//   cw-dimension-1 … cw-dimension-8     colours as #rrggbb
//   cw-radius    a length: 0–99.99 in px, em or rem
// The page sends one thing, and only to its parent: its content height, as
// { type: "competence-wheel:height", height } (see the README).
import './competence-wheel.js';

const ATTRIBUTES = {
  lang: /^(da|en|nb|no|nn)$/,
  mode: /^(explore|rate)$/,
  'storage-key': /^[A-Za-z0-9._:-]{1,100}$/,
};
const COLOR = /^#[0-9a-fA-F]{6}$/;
const LENGTH = /^\d{1,2}(\.\d{1,2})?(px|em|rem)$/;
const COLORS = new Set([
  'cw-text', 'cw-muted', 'cw-background', 'cw-surface', 'cw-border', 'cw-focus', 'cw-link',
  ...Array.from({ length: 8 }, (_, i) => `cw-dimension-${i + 1}`),
]);
const LENGTHS = new Set(['cw-radius']);

const wheel = document.createElement('competence-wheel');
const ignore = (name, why) => console.warn(`competence-wheel frame: ignored "${name}": ${why}`);

for (const [name, value] of new URLSearchParams(location.search)) {
  if (name in ATTRIBUTES) {
    if (ATTRIBUTES[name].test(value)) wheel.setAttribute(name, value);
    else ignore(name, 'not an allowed value');
  } else if (name === 'src') {
    let url;
    try {
      url = new URL(value, location.href);
    } catch {
      ignore(name, 'not a URL');
      continue;
    }
    if (url.origin === location.origin && (url.protocol === 'https:' || url.protocol === 'http:')) {
      wheel.setAttribute('src', url.pathname + url.search);
    } else {
      ignore(name, 'wheel files must be on the same host as this page');
    }
  } else if (COLORS.has(name) || LENGTHS.has(name)) {
    const pattern = COLORS.has(name) ? COLOR : LENGTH;
    // A CSSOM property, not a style attribute: allowed by a strict CSP, and
    // the value is checked against a narrow pattern first.
    if (pattern.test(value)) wheel.style.setProperty(`--${name}`, value);
    else ignore(name, COLORS.has(name) ? 'not a #rrggbb colour' : 'not a length');
  } else {
    ignore(name, 'unknown parameter');
  }
}
// The page speaks the widget's language.
const lang = wheel.getAttribute('lang') ?? 'da';
document.documentElement.lang = lang;
document.getElementById('frame-title').textContent =
  { en: 'The competence wheel', nb: 'Kompetansehjulet', no: 'Kompetansehjulet', nn: 'Kompetansehjulet' }[lang] ?? 'Kompetencehjulet';
if (wheel.style.getPropertyValue('--cw-background')) {
  wheel.setAttribute('data-color-scheme', 'light');
}
document.getElementById('frame').append(wheel);

// Auto-height: tell the parent how tall the content is whenever it changes.
if (window.parent !== window) {
  let sent = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== sent) {
      sent = height;
      window.parent.postMessage({ type: 'competence-wheel:height', height }, '*');
    }
  };
  new ResizeObserver(() => requestAnimationFrame(send)).observe(document.documentElement);
}
