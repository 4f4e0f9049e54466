// The panel the floor and its peers fill on click.
export function show(item, text) {
  document.getElementById('panel-title').textContent = item.title;
  document.getElementById('panel-text').textContent = text;
  document.getElementById('panel-examples').replaceChildren(
    ...(item.examples ?? []).map((e) => Object.assign(document.createElement('li'), { textContent: e })),
  );
}
