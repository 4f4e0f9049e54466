// The page for "does the text below the widget move while it loads?"
// (shift.html). Sets the column's width and the page's language from the
// query (?w=288&lang=en; &fresh forgets what the origin stored), then
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
  document.documentElement.style.setProperty('--column', `${query.get('w') ?? 700}px`);
  const frames = [];
  window.cwShift = { frames, done: false };
  const channel = new MessageChannel();
  const look = () => {
    const root = document.querySelector('competence-wheel')?.shadowRoot;
    if (root?.querySelector('.cw-pre, .cw, .cw-skeleton')) {
      frames.push({
        y: document.getElementById('below').getBoundingClientRect().top + scrollY,
        pre: !!root.querySelector('.cw-pre'),
        // The widget's own segments are buttons; the pre-render's are not.
        ready: !!root.querySelector('.cw-seg[role="button"]'),
      });
    }
    if (frames.filter((frame) => frame.ready).length < 3) requestAnimationFrame(painted);
    else window.cwShift.done = true;
  };
  const painted = () => channel.port2.postMessage(null);
  channel.port1.onmessage = look;
  requestAnimationFrame(painted);
})();
