// An independent JavaScript encoder for anonymous share codes, written from
// the format's description (src/core/share.rs), so the browser tests can make
// participants' codes and cross-check the widget's own.
import { wheel, parts } from './helpers.mjs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LEVELS = 5;

function fingerprint() {
  let hash = 0x811c9dc5;
  const feed = (bytes) => {
    for (const b of bytes) { hash = Math.imul((hash ^ b) >>> 0, 0x01000193) >>> 0; }
    hash = Math.imul((hash ^ 0xff) >>> 0, 0x01000193) >>> 0;
  };
  const utf8 = (s) => new TextEncoder().encode(s);
  feed(utf8(wheel.id));
  feed([LEVELS]);
  for (const part of parts) feed(utf8(part.id));
  return hash & 0xfffff;
}

function toDigits(value, width) {
  const digits = [];
  while (value > 0n) { digits.unshift(Number(value % 32n)); value /= 32n; }
  while (digits.length < width) digits.unshift(0);
  return digits;
}

/** The share code for `levels` (0 = not rated), as the widget should make
 *  it. With `secret` (a participant's random number, as the widget keeps
 *  one per browser) it is a version 2 code, whose random part is a hash of
 *  the secret and the levels; without, a version 1 code (levels only), as
 *  widgets made them before, which are still read. */
export function encode(levels, secret) {
  const base = BigInt(LEVELS + 1);
  const max = base ** BigInt(levels.length);
  let width = toDigits(max, 1).length;
  if (max === 32n ** BigInt(width - 1)) width -= 1;
  let value = levels.reduce((acc, l) => acc * base + BigInt(l), 0n);
  let version = 1;
  if (secret !== undefined) {
    version = 2;
    const nonces = 32n ** BigInt(width + 2) / max;
    value += BigInt(nonce(secret, levels)) % nonces * max;
    width += 2;
  }
  const fp = fingerprint();
  const body = [version, ...[15, 10, 5, 0].map((s) => (fp >> s) & 31), ...toDigits(value, width)];
  const bodyValue = body.reduce((acc, d) => acc * 32n + BigInt(d), 0n);
  const check = (1021n - ((bodyValue % 1021n) * 1024n) % 1021n) % 1021n;
  const all = [...body, Number(check / 32n), Number(check % 32n)];
  return all.map((d) => ALPHABET[d]).join('').match(/.{1,4}/g).join('-');
}

/** FNV-1a over the secret's four bytes (little-endian) and the levels, then
 *  a finaliser (murmur3's), as src/core/share.rs does. */
function nonce(secret, levels) {
  let hash = 0x811c9dc5;
  const bytes = [0, 8, 16, 24].map((s) => (secret >>> s) & 255);
  for (const b of [...bytes, ...levels]) hash = Math.imul((hash ^ b) >>> 0, 0x01000193) >>> 0;
  hash = (hash ^ (hash >>> 16)) >>> 0;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash = (hash ^ (hash >>> 13)) >>> 0;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}
