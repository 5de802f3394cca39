/**
 * A bounded cache that forgets what was least recently used, not everything at once: entries live in two
 * generations, a hit in the older one moves the entry to the younger, and when the younger is full the older
 * is dropped. A hit costs one map lookup, which matters for caches asked once per word of a long text.
 */

export interface Lru<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

/** Holds at most `limit` entries, and always at least the `limit / 2` most recently used. */
export function createLru<K, V>(limit: number): Lru<K, V> {
  const generation = Math.max(1, Math.floor(limit / 2));
  let young = new Map<K, V>();
  let old = new Map<K, V>();
  const add = (key: K, value: V): void => {
    young.set(key, value);
    if (young.size >= generation) {
      old = young;
      young = new Map<K, V>();
    }
  };
  return {
    get(key) {
      const value = young.get(key);
      if (value !== undefined) {
        return value;
      }
      const older = old.get(key);
      if (older !== undefined) {
        old.delete(key);
        add(key, older);
      }
      return older;
    },
    set(key, value) {
      old.delete(key);
      add(key, value);
    },
    get size() {
      return young.size + old.size;
    },
  };
}
