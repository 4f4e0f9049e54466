// The page for "does the text below the widget move while it loads?"
// (shift.html). Sets the column's width and the page's language from the
// query (?w=288&lang=en; &fresh forgets what the origin stored; &late
// narrows the column only once the first view is there), then
// records every frame from the first one in which the widget shows anything until three frames after the widget itself is there: where
// the text below it is, and whether the pre-rendered first view or the
// widget was shown. Each frame is read right after it was painted (a message
// posted from its animation frame callback), so what is recorded is what
// was on the screen, resize observers' work included. A classic script
// loaded first, so it sees every frame.
(() => {
  const query = new URLSearchParams(location.search);
  document.documentElement.lang = query.get('lang') ?? 'da';
  // ?fresh: a first visit, before the widget reads what this origin stored.
  if (query.has('fresh')) localStorage.clear();
  const column = `${query.get('w') ?? 700}px`;
  // ?late: the column gets its width only once the widget's first view is
  // in place (defining the element places it, in the module's own task), as
  // a page's stylesheet that arrives after the widget's script ran, or a
  // turned phone, does: the first view was drawn for the page's whole width
  // and is first shown at the column's. Set before that task ends, so no
  // frame shows the page at its whole width with the first view in it.
  if (query.has('late')) {
    document.documentElement.style.setProperty('--column', 'auto');
    customElements.whenDefined('competence-wheel').then(() => document.documentElement.style.setProperty('--column', column));
  } else {
    document.documentElement.style.setProperty('--column', column);
  }
  const frames = [];
  window.cwShift = { frames, done: false };
  const channel = new MessageChannel();
  // What the widget shows: its pre-rendered first view, or itself.
  const shown = () => {
    const root = document.querySelector('competence-wheel')?.shadowRoot;
    if (!root?.querySelector('.cw-pre, .cw, .cw-skeleton')) return null;
    return {
      pre: !!root.querySelector('.cw-pre'),
      // The widget's own segments are buttons; the pre-render's are not.
      ready: !!root.querySelector('.cw-seg[role="button"]'),
    };
  };
  // What was there when the frame was drawn: a view placed by a task that
  // ran between the frame's painting and its reading was not on the screen.
  let drawn = null;
  const look = () => {
    const now = shown();
    if (now && drawn && now.pre === drawn.pre && now.ready === drawn.ready) {
      frames.push({ y: document.getElementById('below').getBoundingClientRect().top + scrollY, ...now });
    }
    if (frames.filter((frame) => frame.ready).length < 3) requestAnimationFrame(painted);
    else window.cwShift.done = true;
  };
  const painted = () => {
    drawn = shown();
    channel.port2.postMessage(null);
  };
  channel.port1.onmessage = look;
  requestAnimationFrame(painted);
})();
