// The cross-engine checks in WebKitGTK. Run by `cargo xtask test`, which
// serves the page and sets BASE_URL.
import { engineSuite } from './suite.mjs';
import { launchWebKit } from './webkit.mjs';

engineSuite('WebKitGTK', launchWebKit);
