// Mounting the widget from code instead of with the <competence-wheel> tag.
import { mount } from '/dist/competence-wheel.js';

const handle = await mount(document.getElementById('wheel'), { mode: 'explore', lang: 'en' });
// Kept on the element (not a global) so the tests can reach the handle.
document.getElementById('wheel').handle = handle;
