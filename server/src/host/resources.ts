/**
 * Node host side of the engine's ResourceReader: finds the shipped dictionaries and models on disk.
 * In the bundle they sit in `dist/data/`; from sources (tests, scripts) they come from node_modules and `server/data/`.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResourceReader } from '../engine';

/** Folders searched in order for a resource name such as 'az/words.dawg' or 'models/ner-ru.bin'. */
function resourceRoots(): string[] {
  return [
    path.join(__dirname, 'data'),
    path.join(__dirname, '..', '..', 'data'),
    path.join(__dirname, '..', '..', '..', 'dist', 'data'),
  ];
}

function sourceFallback(name: string): string | null {
  if (name.startsWith('az/')) {
    return path.join(path.dirname(require.resolve('az/package.json')), 'dicts', name.slice(3));
  }
  return null;
}

export function createResourceReader(): ResourceReader {
  const roots = resourceRoots();
  return (name: string): Uint8Array => {
    for (const root of roots) {
      const file = path.join(root, name);
      if (fs.existsSync(file)) {
        return fs.readFileSync(file);
      }
    }
    const fallback = sourceFallback(name);
    if (fallback !== null && fs.existsSync(fallback)) {
      return fs.readFileSync(fallback);
    }
    throw new Error(`presstag: resource '${name}' not found (looked in ${roots.join(', ')})`);
  };
}
