// Collects what a person would see as errors in the browser's console, for
// the cross-engine tests: uncaught errors, rejected promises nobody handled,
// resources that failed to load, Content-Security-Policy violations and
// console.error calls. The tests read and empty `window.engineTestErrors`.
// Loaded first, as a classic script, so it hears the widget from its start.
(() => {
  const errors = [];
  window.engineTestErrors = errors;
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  window.addEventListener(
    'error',
    (event) => {
      if (event.target !== window && event.target && event.target.tagName) {
        // A <script>, <link> or <img> that failed to load (capture phase only).
        errors.push(`failed to load: <${event.target.tagName.toLowerCase()}> ${event.target.src || event.target.href || ''}`);
      } else {
        // A wasm trap's stack names the wasm functions it went through.
        const stack = event.error instanceof Error && event.error.stack ? `\n${event.error.stack}` : '';
        errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})${stack}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${text(event.reason)}${event.reason instanceof Error && event.reason.stack ? `\n${event.reason.stack}` : ''}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
  );
  // The wasm memories the page's modules export (the widget's main module),
  // so a check can tell how much a flow grows the memory: a grow that fails
  // is an allocation failure, which ends in a bare `unreachable`.
  // Their exports too: a diagnostic build's `cw_diag` (src/edge/diag.rs).
  const memories = [];
  const instances = [];
  window.engineTestMemories = memories;
  window.engineTestExports = instances;
  const keep = (result) => {
    const exports = (result.instance ?? result).exports;
    if (exports?.memory instanceof WebAssembly.Memory) {
      memories.push(exports.memory);
      instances.push(exports);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const instantiate = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return instantiate.apply(this, args).then(keep);
    };
  }
  const original = console.error;
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(text).join(' ')}`);
    original.apply(console, args);
  };
})();
