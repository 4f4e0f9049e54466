// The cross-engine checks in Firefox ESR. Run by `cargo xtask test`, which
// serves the page and sets BASE_URL.
import { engineSuite } from './suite.mjs';
import { launchFirefox } from './firefox.mjs';

engineSuite('Firefox ESR', launchFirefox);
