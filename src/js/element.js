// <competence-wheel>: the custom element that hosts the widget.
//
// This file is appended to wasm-bindgen's generated module when `cargo xtask
// dist` builds dist/competence-wheel.js, so `__wbg_init` and `mount` below are
// that module's own functions. It defines no globals: the element class is
// exported, and the element name is registered once (a second copy of the
// script is harmless).
//
// Each element gets an open shadow root holding the stylesheet and a mount
// point, so the host page's CSS cannot reach the widget and the widget's CSS
// cannot leak out.

const cwAssets = new URL('./', import.meta.url);
let cwWasm;

function cwLoadWasm() {
  cwWasm ??= __wbg_init({ module_or_path: new URL('competence-wheel.wasm', cwAssets) });
  return cwWasm;
}

function cwLoadStylesheet(root) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('competence-wheel.css', cwAssets).href;
  const loaded = new Promise((resolve) => {
    // A missing stylesheet leaves the widget plain but working.
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  root.append(link);
  return loaded;
}

export class CompetenceWheelElement extends HTMLElement {
  #widget;
  #mountPoint;
  #ready;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const styled = cwLoadStylesheet(root);
      this.#mountPoint = document.createElement('div');
      this.#mountPoint.className = 'cw-host';
      root.append(this.#mountPoint);
      this.#ready = Promise.all([cwLoadWasm(), styled]);
    }
    this.#ready.then(
      () => {
        if (this.isConnected && !this.#widget) {
          this.#widget = mount(this.#mountPoint);
        }
      },
      (error) => {
        console.error('competence-wheel: could not load the widget', error);
      },
    );
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget = undefined;
  }
}

if (!customElements.get('competence-wheel')) {
  customElements.define('competence-wheel', CompetenceWheelElement);
}
