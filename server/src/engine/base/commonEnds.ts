/**
 * Where two versions of a text differ: the length of their common start and of their common end. An edit in a
 * long document leaves both long, and comparing them a few thousand characters at a time (one string comparison
 * each) costs far less than any work done again on the unchanged parts.
 */

/** Texts are compared this many UTF-16 units at a time, then unit by unit. */
const COMPARED_CHUNK = 4096;

/** Length of the common start of `a` and `b`, never ending inside a surrogate pair. */
export function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let n = 0;
  while (n + COMPARED_CHUNK <= shortest && a.slice(n, n + COMPARED_CHUNK) === b.slice(n, n + COMPARED_CHUNK)) {
    n += COMPARED_CHUNK;
  }
  while (n < shortest && a.charCodeAt(n) === b.charCodeAt(n)) {
    n++;
  }
  return n > 0 && isHighSurrogate(b.charCodeAt(n - 1)) ? n - 1 : n;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + COMPARED_CHUNK <= limit && a.slice(a.length - n - COMPARED_CHUNK, a.length - n) === b.slice(b.length - n - COMPARED_CHUNK, b.length - n)) {
    n += COMPARED_CHUNK;
  }
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) {
    n++;
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return (c & 0xfc00) === 0xd800;
}
