// A peer for `cargo xtask bench`: the same wheel drawn with D3 7 (d3.arc
// and data joins), showing a part's text on click.
import { show } from './peer.js';

const d3 = window.d3;
const wheel = await (await fetch('/wheels/kl-medarbejder.da.json')).json();
const total = wheel.dimensions.reduce((n, d) => n + d.parts.length, 0);
const step = (2 * Math.PI) / total;
const rings = [];
let index = 0;
for (const dimension of wheel.dimensions) {
  rings.push({ item: dimension, text: dimension.intro, r0: 130, r1: 285, a0: index * step, a1: (index + dimension.parts.length) * step, fill: dimension.color });
  for (const part of dimension.parts) {
    rings.push({ item: part, text: part.description, r0: 285, r1: 492, a0: index * step, a1: (index + 1) * step, fill: '#dde8f5' });
    index += 1;
  }
}
const arc = d3.arc().innerRadius((d) => d.r0).outerRadius((d) => d.r1).startAngle((d) => d.a0).endAngle((d) => d.a1);
const group = d3.select('#wheel').append('g').attr('transform', 'translate(500,500)');
group.selectAll('path').data(rings).join('path')
  .attr('d', arc)
  .attr('fill', (d) => d.fill)
  .attr('data-segment', (d) => d.item.id)
  .on('click', (_event, d) => show(d.item, d.text));
group.selectAll('text').data(rings).join('text')
  .attr('transform', (d) => `translate(${arc.centroid(d)})`)
  .attr('text-anchor', 'middle')
  .text((d) => d.item.title.slice(0, 14));
