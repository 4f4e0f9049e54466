// Starts the app built by wasm-bindgen into pkg/ (see the README's
// "Use it from a Yew app"). The widget's stylesheet is pkg/competence-wheel.css.
import init from './pkg/yew-app.js';

await init();
