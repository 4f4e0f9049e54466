// The floor for `cargo xtask bench`: the least code that draws the same
// wheel (4 dimensions x 3 parts, from the same data file) as clickable SVG
// and shows a part's text on click. No framework, no accessibility work.
const svgNs = 'http://www.w3.org/2000/svg';
const wheel = await (await fetch('/wheels/kl-medarbejder.da.json')).json();
const svg = document.getElementById('wheel');
const point = (r, a) => `${500 + r * Math.sin(a)} ${500 - r * Math.cos(a)}`;
const sector = (r0, r1, a0, a1) =>
  `M${point(r1, a0)}A${r1} ${r1} 0 0 1 ${point(r1, a1)}L${point(r0, a1)}A${r0} ${r0} 0 0 0 ${point(r0, a0)}Z`;
const total = wheel.dimensions.reduce((n, d) => n + d.parts.length, 0);
const step = (2 * Math.PI) / total;
const show = (item, text) => {
  document.getElementById('panel-title').textContent = item.title;
  document.getElementById('panel-text').textContent = text;
  document.getElementById('panel-examples').replaceChildren(
    ...(item.examples ?? []).map((e) => Object.assign(document.createElement('li'), { textContent: e })),
  );
};
const add = (d, fill, label, a, r, onClick, id) => {
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', fill);
  path.dataset.segment = id;
  path.addEventListener('click', onClick);
  const text = document.createElementNS(svgNs, 'text');
  text.setAttribute('x', 500 + r * Math.sin(a));
  text.setAttribute('y', 500 - r * Math.cos(a));
  text.setAttribute('text-anchor', 'middle');
  text.textContent = label;
  svg.append(path, text);
};
let index = 0;
for (const dim of wheel.dimensions) {
  const a0 = index * step;
  const a1 = (index + dim.parts.length) * step;
  add(sector(130, 285, a0, a1), dim.color, dim.title.slice(0, 12), (a0 + a1) / 2, 210, () => show(dim, dim.intro), dim.id);
  for (const part of dim.parts) {
    const p0 = index * step;
    add(sector(285, 492, p0, p0 + step), '#dde8f5', part.title.slice(0, 14), p0 + step / 2, 390, () => show(part, part.description), part.id);
    index += 1;
  }
}
