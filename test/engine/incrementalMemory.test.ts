/**
 * Memory of incremental analysis (issue 7): typing in a long document analyses one section per version and caches
 * its result, and nothing in that result may keep the whole version of the document alive. A string cut from a
 * longer one can share the longer one's characters, so a mention's text cut from the document kept every typed
 * version of it, 2 MB per keystroke in a 1 MB Cyrillic text, until the section cache forgot the result.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { createAnalyzer, type AnalyzeOptions } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

const samplesDir = path.resolve(__dirname, '..', '..', 'samples');
const plain: AnalyzeOptions = { format: 'plain', language: 'auto', corrections: [] };

/** Heap in use after a full collection, in bytes. */
function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

function check(length: number, keystrokes: number): void {
  const article = fs.readFileSync(path.join(samplesDir, 'kz-sbras-meeting.ru.txt'), 'utf8');
  let text = '';
  for (let k = 0; text.length < length; k++) {
    // Numbered copies, so that the sections differ and none is served from another's cache entry.
    text += `Выпуск ${k + 1}.\n\n${article}\n\n`;
  }
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  analyzer.analyze(text, plain);
  // Warm-up keystrokes fill the caches of words and features first, so what is measured is what each version keeps.
  const typed = 'Вчера в городе прошла встреча жителей с представителями администрации. ';
  let at = text.indexOf('\n', length / 2) + 1;
  const type = (count: number): void => {
    for (let k = 0; k < count; k++) {
      text = text.slice(0, at) + typed[k % typed.length] + text.slice(at);
      at++;
      analyzer.analyze(text, plain);
    }
  };
  type(typed.length);
  const before = heapUsed();
  type(keystrokes);
  const grown = heapUsed() - before;
  // A version of the text is 2 bytes a character (Cyrillic); keeping them would grow the heap by this much.
  const versions = keystrokes * text.length * 2;
  assert.ok(grown < versions / 4, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${keystrokes} keystrokes (the versions of the text: ${(versions / 1e6).toFixed(1)} MB)`);
}

describe('memory of a long document typed in', () => {
  test('cached section results keep no earlier version of the text alive', () => {
    check(500_000, 40);
  });
});
