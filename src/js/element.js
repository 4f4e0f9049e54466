// <competence-wheel> and mount(): how a host page gets the widget.
//
// This file is appended to wasm-bindgen's generated module when `cargo xtask
// dist` builds dist/competence-wheel.js, so `__wbg_init` and `mountWidget`
// below are that module's own functions. It defines no globals: the element
// class and `mount` are exported, and the element name is registered once (a
// second copy of the script is harmless).
//
// Each widget lives in an open shadow root holding the stylesheet and a mount
// point, so the host page's CSS cannot reach it and its CSS cannot leak out.
// Nothing here sets inline styles or runs inline scripts, so the widget works
// under `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// Attributes (and the matching `mount` options):
//   lang         "da" | "en" | "nb" (also "no", "nn") (else the nearest [lang] ancestor, else the page's, else Danish)
//   mode         "explore" | "rate" (default "rate")
//   src          URL of a wheel JSON file (default: the built-in KL wheel)
//   storage-key  localStorage key for the ratings (storageKey)
//   readonly     show ratings without letting them change
// Each attribute is also a property that reflects it (`storageKey`, `readonly`
// a boolean). Property: `ratings` — the current ratings document; set it to
// replace them.
// Events: `competence-wheel-select`, `competence-wheel-rate` (bubbling, composed).

// The files beside this module. `cargo xtask dist` writes each quoted
// 'competence-wheel.wasm' and 'competence-wheel.css' below with its content
// hash in the name (xtask/src/dist.rs), so this module names its own build's.
const cwAssets = new URL('./', import.meta.url);
const cwMessages = {
  da: {
    loading: 'Indlæser kompetencehjulet …',
    failed: 'Kompetencehjulet kunne ikke indlæses. Prøv at genindlæse siden.',
    stopped: 'Noget gik galt i kompetencehjulet. Dine vurderinger er gemt.',
    restart: 'Genindlæs',
    title: 'Det digitale kompetencehjul for medarbejdere',
  },
  en: {
    loading: 'Loading the competence wheel …',
    failed: 'The competence wheel could not be loaded. Try reloading the page.',
    stopped: 'Something went wrong in the competence wheel. Your ratings are saved.',
    restart: 'Reload',
    title: 'The digital competence wheel for employees',
  },
  // Norwegian; KL's wheel, shown without a file of its own, is Danish.
  nb: {
    loading: 'Laster inn kompetansehjulet …',
    failed: 'Kompetansehjulet kunne ikke lastes inn. Prøv å laste inn siden på nytt.',
    stopped: 'Noe gikk galt i kompetansehjulet. Vurderingene dine er lagret.',
    restart: 'Last inn på nytt',
    title: 'Det digitale kompetencehjul for medarbejdere',
  },
};
let cwWasm;

// Until the widget is ready, the built-in wheel's first view (rating or
// exploring) is shown as `cargo xtask dist` pre-rendered it into this module
// (xtask/src/prerender.rs: `cwPre`, the markup per language and mode, and
// `cwPreCss`, the stylesheet's rules it needs, applied from the first frame,
// before the stylesheet has loaded). It is the app's own markup, so it is as
// tall as the widget will be at any width, in any language; the wheel is
// drawn for the width the widget has (see cwPrerender). It is inert: the
// widget replaces it in the frame it first renders in.
//
// A wheel from `src`, presenting and the group's view show a skeleton
// instead: a bar where the title will be (the built-in wheel's title,
// invisible), then a square for the wheel with the status text (a slide's
// shape while presenting). Its few rules come with this module too. A
// constructed stylesheet needs no 'unsafe-inline'.
const cwSkeletonCss = `:host{display:block}
.cw-skeleton{--sk:light-dark(var(--cw-surface,#f2f2f2),var(--cw-surface-dark,#2b2b2b));--bg:light-dark(var(--cw-background,#fff),var(--cw-background-dark,#1a1a1a));container-type:inline-size;background:var(--bg);color:light-dark(var(--cw-muted,#454545),var(--cw-muted-dark,#c8c8c8));font:400 medium/1.5 var(--cw-font,"IBM Plex Sans",system-ui,sans-serif);letter-spacing:normal;text-transform:none}
.cw-skeleton p{margin:0}
.cw-pre--themed .cw-seg__shape{fill:Canvas;stroke:CanvasText;stroke-width:2}.cw-pre--themed .cw-seg__label{fill:CanvasText}
.cw-skeleton>p{margin-bottom:1em;font-size:1.5em;line-height:1.25;font-weight:700;color:#0000}
.cw-skeleton span{background:var(--sk)}
.cw-sk-body{display:grid}
.cw-sk-wheel{display:grid;place-items:center;width:100%;max-width:760px;margin-inline:auto;aspect-ratio:1;border-radius:50%;text-align:center;background:radial-gradient(closest-side,var(--bg) 27%,var(--sk) 0 58%,var(--bg) 0 60%,var(--sk) 0 99%,#0000)}
.cw-sk-wheel p{max-width:60%}
@container (min-width:720px){.cw-sk-body{grid-template-columns:minmax(0,11fr) minmax(0,9fr);gap:1.5em}}
@media screen and (min-width:480px){.cw-host--inset>.cw-skeleton:not(.cw-skeleton--present){padding:clamp(.5em,1.5vw,1em)}}
.cw-skeleton--present{aspect-ratio:16/9;max-height:100vh}
.cw-skeleton--present>*{display:none}`;
/** Adds `css` to `root`'s adopted stylesheets (one sheet per text for the
 *  page, shared by every widget). */
const cwSheets = new Map();
function cwAdopt(root, css) {
  if (!cwSheets.has(css)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    cwSheets.set(css, sheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, cwSheets.get(css)];
}

/** The pre-rendered first view for a widget with these options, inserted
 *  before `mountPoint`, or undefined where the first view is not the
 *  built-in wheel's page (a `src` wheel, presenting, the group, a read-only
 *  widget, whose tools differ, or a share link's group view). */
function cwPrerender(root, mountPoint, { lang, mode, src, readonly, storageKey }) {
  if (src || readonly || /^(present|group|edit)$/.test(mode) || (!mode && location.hash.startsWith('#cw-code='))) return;
  const primary = (lang || '').slice(0, 2).toLowerCase();
  const explore = mode === 'explore';
  // With ratings stored, the widget's first frame shows them: until then
  // the wheel shows none, and the hub no count (never "0/12" to someone
  // who has rated).
  let rated;
  try {
    rated = explore || !!localStorage.getItem(storageKey ?? `competence-wheel:${cwPre.id}`);
  } catch {
    rated = true;
  }
  const { pool } = cwPre;
  const [rate, exploring, drawings] = cwPre[/^n[bno]$/.test(primary) ? 'nb' : primary in cwPre ? primary : 'da'];
  cwAdopt(root, cwPreCss);
  const pre = document.createElement('div');
  pre.className = `${mountPoint.className} cw-pre`;
  // A page that gives the dimensions colours of its own: the first view was
  // drawn in the built-in ones, which would then change, some swapping
  // looks, when the widget takes over. It is drawn without colour instead
  // (outlines on the page's own surface) until the widget draws the house's.
  const hostStyle = getComputedStyle(root.host);
  for (let n = 1; n <= 12; n++) {
    if (hostStyle.getPropertyValue(`--cw-dimension-${n}`)) pre.classList.add('cw-pre--themed');
  }
  pre.innerHTML = pool[explore ? exploring : rate];
  pre.firstChild.inert = true;
  const status = document.createElement('p');
  status.className = 'cw-placeholder cw-visually-hidden';
  status.setAttribute('role', 'status');
  status.textContent = cwMessagesFor(lang).loading;
  pre.append(status);
  mountPoint.before(pre);
  // The wheel as the app draws it for this width: it measures its box and
  // the widget in 8 px steps, and sets larger part labels from 640 px on.
  // Drawn again if the width changes before the widget is there (the
  // page's own stylesheet arriving late, a turned phone): a resize
  // observer's callback runs before the frame is painted. The drawing is
  // put together as prerender.rs's `drawing` does.
  // Only the wheel's box is observed, the input: a drawing is square, so it
  // never changes that box's size, but its key changes the widget's height.
  // An observer of the widget too would see its own redraw resize what it
  // observes in the same frame, which engines report as an uncaught
  // "ResizeObserver loop completed with undelivered notifications" (#28).
  // What the widget's width decides (larger labels from 640 px) cannot
  // change without the wheel's width: the wheel is the widget's one column,
  // or 11/20 of it beside the panel (up to 760 px, far above 640).
  const figure = pre.querySelector('.cw__figure');
  const step = (element) => Math.floor(element.getBoundingClientRect().width / 8) * 8;
  let drawn;
  const draw = () => {
    const width = step(figure) || 480;
    const widget = step(pre.firstChild);
    const fits = drawings.filter(([w]) => w === +(widget >= 640));
    const drawing = fits.find(([, max]) => width <= max) ?? fits.at(-1);
    pre.measured = { initialWheel: width, initialWidget: widget };
    if (drawing === drawn) return;
    drawn = drawing;
    const [, , circle, segments, hub, labels, key] = drawing;
    figure.innerHTML = `<svg part="wheel" viewBox="0 0 1000 1000" class="cw-wheel">${pool[circle]}${rated ? '' : pool[hub]}${rated ? pool[segments].replaceAll(' cw-seg--unrated', '') : pool[segments]}${pool[labels]}</svg>`;
    pre.querySelector('.cw-key')?.remove();
    figure.insertAdjacentHTML('afterend', pool[key]);
  };
  draw();
  const resized = new ResizeObserver(draw);
  resized.observe(figure);
  // Gone as soon as the widget shows anything: its first frame, or a
  // message that it could not load.
  new MutationObserver((_, observer) => {
    if (mountPoint.firstElementChild) {
      pre.remove();
      observer.disconnect();
      resized.disconnect();
    }
  }).observe(mountPoint, { childList: true });
  return pre;
}

// The wasm and the stylesheet are asked for only once the page's first
// contentful paint (the widget's first view or skeleton, drawn with rules
// that come with this module, and the host page's own text) is on screen.
// Asked for while this module runs, they arrive from a near server before a
// host page that loads it with blocking="render" first paints, and
// Lighthouse's simulated throttling then counts the whole wasm, on its slow
// network, before the page's largest paint (2.4 s instead of 1.0 on the
// intranet example; README, "Largest contentful paint"). The paint entry
// comes once the frame is presented, so the requests start after it, not
// only after the main thread's part of the frame. A page hidden from the
// start paints nothing, so there they start at once. They wait only on a
// page where a widget placed its pre-rendered first view, which is
// contentful, so the paint comes (asked a microtask later, once every widget
// already on the page has placed its first view). Without one (presenting,
// a `src` wheel alone) the page may paint nothing contentful until the
// widget runs, so they start at once (waiting there left a presenting page
// blank for the 3 s below). Where the paint still does not come (every
// widget hidden, or the page hidden while it loads), they start after 3 s.
let cwPainted;
let cwAnyPrerendered = false;
function cwAfterPaint() {
  return (cwPainted ??= Promise.resolve().then(
    () =>
      cwAnyPrerendered &&
      new Promise((resolve) => {
        if (document.hidden) resolve();
        setTimeout(resolve, 3000);
        new PerformanceObserver((entries) => entries.getEntriesByName('first-contentful-paint')[0] && resolve()).observe({
          type: 'paint',
          buffered: true,
        });
      }),
  ));
}

function cwLoadWasm() {
  cwWasm ??= cwAfterPaint().then(() => __wbg_init({ module_or_path: new URL('competence-wheel.wasm', cwAssets) }));
  return cwWasm;
}

// If the wasm traps or panics, its instance is left half-way through
// whatever it was doing (a borrowed cell, a scheduler that thinks it runs),
// and every widget on the page goes dead. Each then shows a calm message
// with a button that starts the module afresh: this module imported once
// more under another URL (its own glue, its own wasm instance and its own
// chunk loaders, which fetch the chunks with the same query), and every
// stopped widget mounted again from the ratings in storage. Errors from a
// dead instance's leftover listeners name the old URL and are ignored.
const cwLive = { url: import.meta.url, mountWidget: (...args) => mountWidget(...args), dead: [] };
const cwElements = new Set();
const cwStop = Symbol('stop');
let cwRestarting;

/** Whether `error` is a trap or a panic in the module now in use: not one
 *  whose stack names only a dead instance's glue (its URL, query included;
 *  a long stack may be cut before any glue frame). */
function cwIsFatal(error) {
  if (!(error instanceof Error)) return false;
  const fatal = error instanceof WebAssembly.RuntimeError || error.message.startsWith('competence-wheel stopped');
  const stack = error.stack ?? '';
  return fatal && (stack.includes(`${cwLive.url}:`) || !cwLive.dead.some((url) => stack.includes(`${url}:`)));
}

function cwWatch(event) {
  if (cwIsFatal(event.error ?? event.reason)) {
    cwElements.forEach((element) => element[cwStop]());
  }
}

/** A new instance of the module; resolves once it can mount widgets. */
function cwRestart() {
  cwRestarting ??= (async () => {
    const url = new URL(import.meta.url);
    url.searchParams.set('cw-restart', cwLive.dead.length + 1);
    const module = await import(url.href);
    await module.default({ module_or_path: new URL('competence-wheel.wasm', cwAssets) });
    cwLive.dead.push(cwLive.url);
    Object.assign(cwLive, { url: url.href, mountWidget: module.mountWidget });
  })().finally(() => {
    cwRestarting = undefined;
  });
  return cwRestarting;
}

function cwMessagesFor(lang) {
  const primary = (lang || '').slice(0, 2).toLowerCase();
  // Norwegian (no) and Nynorsk (nn) read Bokmål.
  return cwMessages[/^n[bno]$/.test(primary) ? 'nb' : primary] ?? cwMessages.da;
}

/** Adds the stylesheet, a mount point and what shows until the widget is
 *  ready (the pre-rendered first view, or a skeleton) to `root`; resolves
 *  once styled. `prerendered()` is what the widget is told of the first view. */
function cwPrepare(root, options) {
  const { lang, mode } = options;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  let loaded;
  const styled = new Promise((resolve) => {
    // A missing stylesheet leaves the widget plain but working.
    // (Handler properties, not listeners: a few bytes less to load, and
    // resolving twice is a no-op.)
    link.onload = link.onerror = loaded = resolve;
  });
  const mountPoint = document.createElement('div');
  mountPoint.className = 'cw-host';
  // A themed background makes the widget a box of its own on the page: its
  // content keeps an inner margin, not touching the box's edge.
  const theme = getComputedStyle(root.host);
  if (theme.getPropertyValue('--cw-background') || theme.getPropertyValue('--cw-background-dark')) {
    mountPoint.classList.add('cw-host--inset');
  }
  root.append(link, mountPoint);
  cwAdopt(root, cwSkeletonCss);
  const pre = cwPrerender(root, mountPoint, options);
  // What the widget is told when it mounts: that the first view is there,
  // and the widths it was last drawn for, which its first frame is laid
  // out for too.
  const prerendered = () => (pre ? { prerendered: true, ...pre.measured } : {});
  cwAnyPrerendered ||= !!pre;
  cwAfterPaint().then(() => {
    link.href = new URL('competence-wheel.css', cwAssets).href;
  });
  if (pre) {
    // The stylesheet has every rule the pre-render needs (and more, which
    // the module's copy must not override once the widget runs).
    link.onload = () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== cwSheets.get(cwPreCss));
      loaded();
    };
  } else {
    const messages = cwMessagesFor(lang);
    // The title bar, then a square for the wheel with the status; see
    // cwSkeletonCss. Only this module's own constants go into the markup.
    mountPoint.innerHTML = `<div class="cw-skeleton${mode === 'present' ? ' cw-skeleton--present' : ''}"><p part="title" aria-hidden="true"><span>${messages.title}</span></p><div class="cw-sk-body"><div class="cw-sk-wheel"><p class="cw-placeholder" role="status">${messages.loading}</p></div></div></div>`;
  }
  return { mountPoint, styled, prerendered };
}

function cwShowFailure(mountPoint, lang, error) {
  // The error says what failed (the widget shows the person why).
  console.error('competence-wheel:', error);
  const message = document.createElement('p');
  message.className = 'cw-failed';
  message.setAttribute('role', 'alert');
  message.textContent = cwMessagesFor(lang).failed;
  mountPoint.replaceChildren(message);
}

function cwUrlOf(src) {
  return src ? new URL(src, document.baseURI).href : undefined;
}

function cwLangOf(element, explicit) {
  return explicit || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'da';
}

export class CompetenceWheelElement extends HTMLElement {
  static observedAttributes = ['lang', 'mode', 'src', 'storage-key', 'readonly'];

  #widget;
  #mountPoint;
  #ready;
  #pendingRatings;
  #prerendered;
  #stopped = false;

  connectedCallback() {
    cwElements.add(this);
    if (!this.#ready) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const { mountPoint, styled, prerendered } = cwPrepare(root, this.#options());
      this.#mountPoint = mountPoint;
      this.#prerendered = prerendered;
      this.#ready = Promise.all([cwLoadWasm(), styled]);
    }
    this.#ready.then(
      () => {
        if (this.isConnected && !this.#widget && !this.#stopped) {
          this.#widget = cwLive.mountWidget(this.#mountPoint, this, { ...this.#options(), ...this.#prerendered() });
          if (this.#pendingRatings !== undefined) {
            this.#widget.setRatings(this.#pendingRatings);
            this.#pendingRatings = undefined;
          }
        }
      },
      (error) => cwShowFailure(this.#mountPoint, this.#options().lang, error),
    );
  }

  disconnectedCallback() {
    cwElements.delete(this);
    if (!this.#stopped) this.#widget?.destroy();
    this.#widget = undefined;
  }

  /** The module trapped or panicked: a message and a button to start afresh.
   *  (Nothing of the dead instance is called again, not even destroy.) */
  [cwStop]() {
    if (this.#stopped || !this.#mountPoint) return;
    this.#stopped = true;
    this.#widget = undefined;
    const messages = cwMessagesFor(this.#options().lang);
    // Only this module's own constants go into the markup.
    this.#mountPoint.innerHTML = `<div class="cw-notice cw-notice--warning" role="alert"><p class="cw-notice__text">${messages.stopped}</p><button type="button" class="cw-button cw-notice__dismiss">${messages.restart}</button></div>`;
    const button = this.#mountPoint.querySelector('button');
    button.onclick = () => {
      button.disabled = true;
      cwRestart().then(
        // One press mends every stopped widget on the page.
        () => cwElements.forEach((element) => element.#resume()),
        (error) => {
          console.error('competence-wheel:', error);
          button.disabled = false;
        },
      );
    };
  }

  #resume() {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#mountPoint.replaceChildren();
    this.#widget = cwLive.mountWidget(this.#mountPoint, this, this.#options());
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) {
      this.#widget?.update(this.#options());
    }
  }

  /** The current ratings document, or null before the widget is ready. */
  get ratings() {
    return this.#widget ? this.#widget.ratings() : null;
  }

  /** Replaces the ratings (a ratings document or `{ partId: level }`). */
  set ratings(value) {
    if (this.#widget) {
      this.#widget.setRatings(value);
    } else {
      this.#pendingRatings = value;
    }
  }

  #options() {
    return {
      lang: cwLangOf(this, this.getAttribute('lang')),
      mode: this.mode ?? undefined,
      src: cwUrlOf(this.src),
      storageKey: this.storageKey ?? undefined,
      readonly: this.readonly,
    };
  }
}

// The options as properties as well (`element.mode = 'rate'`), each
// reflecting its attribute, so the attributes stay the one source of truth
// (`lang` is already every element's own). `readonly` is a boolean.
for (const [property, attribute = property] of [['mode'], ['src'], ['storageKey', 'storage-key'], ['readonly']]) {
  Object.defineProperty(CompetenceWheelElement.prototype, property, {
    get() {
      return property == 'readonly' ? this.hasAttribute(attribute) : this.getAttribute(attribute);
    },
    set(value) {
      if (property == 'readonly') this.toggleAttribute(attribute, !!value);
      else if (value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
    },
  });
}

/**
 * Mounts the widget into `element` (in a shadow root it creates) for hosts
 * that prefer code to markup. Resolves to a handle with `update(options)`,
 * `ratings` (get and set) and `destroy()`.
 */
export async function mount(element, options = {}) {
  const resolve = (opts) => ({
    ...opts,
    lang: cwLangOf(element, opts.lang),
    src: cwUrlOf(opts.src),
    readonly: !!opts.readonly,
  });
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const { mountPoint, styled, prerendered } = cwPrepare(root, resolve(options));
  try {
    await Promise.all([cwLoadWasm(), styled]);
  } catch (error) {
    cwShowFailure(mountPoint, resolve(options).lang, error);
    throw error;
  }
  const widget = mountWidget(mountPoint, element, { ...resolve(options), ...prerendered() });
  return {
    update: (next) => widget.update(resolve(next)),
    get ratings() {
      return widget.ratings();
    },
    set ratings(value) {
      widget.setRatings(value);
    },
    destroy: () => {
      widget.destroy();
      mountPoint.remove();
    },
  };
}

if (!customElements.get('competence-wheel')) {
  customElements.define('competence-wheel', CompetenceWheelElement);
  // Only the copy that defines the element watches (see cwRestart).
  addEventListener('error', cwWatch);
  addEventListener('unhandledrejection', cwWatch);
}

/** This release's version (Cargo.toml's; `cargo xtask dist` checks it). */
export const version = '0.1.0';

/** Bytes of WebAssembly memory in use, for `cargo xtask bench`. */
export function wasmMemoryBytes() {
  return wasm ? wasm.memory.buffer.byteLength : 0;
}
