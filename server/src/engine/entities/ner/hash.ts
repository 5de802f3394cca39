/**
 * 32-bit hashing for hashed features: strings are hashed once per token, then combined with integer mixing
 * so the feature loop builds no strings.
 */

export function hashString(text: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalise(h);
}

export function mix(a: number, b: number): number {
  return finalise(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
}

function finalise(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
