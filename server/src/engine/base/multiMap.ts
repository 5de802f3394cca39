/**
 * Maps from a key to a list, the shape every index by key in the engine takes: one way to add to them.
 */

/** Appends `value` to the list under `key`, starting the list when there is none. */
export function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}
