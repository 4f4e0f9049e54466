// A peer for `cargo xtask bench`: the same wheel (dimensions inside, parts
// outside, from the same data file) as a Chart.js 4 doughnut with two
// datasets, showing a part's text on click. What an intranet team might
// build with a charting library.
import { show } from './peer.js';

const wheel = await (await fetch('/wheels/kl-medarbejder.da.json')).json();
const parts = wheel.dimensions.flatMap((d) => d.parts.map((p) => ({ ...p, color: d.color })));
const items = [wheel.dimensions, parts];
const chart = new window.Chart(document.getElementById('wheel'), {
  type: 'doughnut',
  data: {
    labels: parts.map((p) => p.title),
    datasets: [
      { data: parts.map(() => 1), backgroundColor: '#dde8f5', borderColor: '#fff', borderWidth: 3 },
      { data: wheel.dimensions.map((d) => d.parts.length), backgroundColor: wheel.dimensions.map((d) => d.color), borderColor: '#fff', borderWidth: 3 },
    ],
  },
  options: {
    animation: false,
    responsive: false,
    cutout: '25%',
    plugins: { legend: { display: false } },
    onClick: (_event, elements) => {
      const hit = elements[0];
      if (!hit) return;
      const item = items[hit.datasetIndex === 0 ? 1 : 0][hit.index];
      show(item, item.description ?? item.intro);
    },
  },
});
// Where each segment is, for the benchmark's clicks (page coordinates).
const box = chart.canvas.getBoundingClientRect();
window.benchTargets = [1, 0].flatMap((dataset) =>
  chart.getDatasetMeta(dataset).data.map((arc, i) => {
    const { x, y } = arc.tooltipPosition();
    return { id: items[dataset === 0 ? 1 : 0][i].id, x: box.left + x, y: box.top + y };
  }),
);
document.documentElement.dataset.ready = String(window.benchTargets.length);
