/**
 * A bounded map that forgets its least recently used entries one at a time, so a cache that fills up keeps
 * what is in use instead of starting again from nothing.
 */

export interface Lru<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

export function createLru<K, V>(limit: number): Lru<K, V> {
  // A Map iterates in insertion order, so re-inserting on every hit keeps the least recently used first.
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > limit) {
        entries.delete(entries.keys().next().value as K);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
