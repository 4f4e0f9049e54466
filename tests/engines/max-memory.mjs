// Gives a built wasm module's memory a maximum (what the linker's
// `--max-memory` would have written), so that a `memory.grow` beyond it
// fails as it does when the engine cannot give the memory more room: Rust's
// allocator then gets no memory, `handle_alloc_error` aborts, and the wasm
// ends in a bare `unreachable` trap, with no panic and no panic hook.
// The reliability experiments (README, "Reliability") run the share flow on
// a dist/ whose main module went through this:
//
//   node tests/engines/max-memory.mjs dist/competence-wheel.<hash>.wasm <pages>
//
// Rewrites the file in place; prints the memory's limits before and after.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const uleb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};

/**
 * `bytes` (a wasm module) with its memory's maximum set to `maximum(min)`
 * pages of 64 KiB, where `min` is the pages it starts with. Returns the new
 * module and the limits before and after.
 */
export function withMaximum(bytes, maximum) {
  let at = 8;
  const read = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const sectionStart = at;
    const id = bytes[at++];
    const size = read();
    const contentStart = at;
    if (id === 5) {
      if (read() !== 1) throw new Error('expected one memory');
      const flags = bytes[at++];
      if (flags & ~1) throw new Error(`memory flags ${flags}: shared or 64-bit memories are not handled`);
      const min = read();
      const max = flags & 1 ? read() : null;
      const pages = maximum(min);
      if (!Number.isInteger(pages) || pages < min) throw new Error(`the memory starts at ${min} pages; a maximum of ${pages} is not possible`);
      const content = [1, 1, ...uleb(min), ...uleb(pages)];
      const section = Buffer.from([5, ...uleb(content.length), ...content]);
      return {
        module: Buffer.concat([bytes.subarray(0, sectionStart), section, bytes.subarray(contentStart + size)]),
        before: { min, max },
        after: { min, max: pages },
      };
    }
    at = contentStart + size;
  }
  throw new Error('the module defines no memory');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, pagesText] = process.argv.slice(2);
  const pages = Number(pagesText);
  if (!file || !Number.isInteger(pages) || pages < 1) throw new Error('usage: max-memory.mjs <file.wasm> <pages of 64 KiB>');
  const { module, before, after } = withMaximum(readFileSync(file), () => pages);
  writeFileSync(file, module);
  console.log(`${file}: memory ${before.min}–${before.max ?? 'unlimited'} pages → ${after.min}–${after.max} pages`);
}
