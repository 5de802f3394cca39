/**
 * Golden tests: every sample is analysed and rendered; the rendering must equal its `.golden.txt`.
 * A missing golden is written and the test fails; `UPDATE_GOLDEN=1 npm test` rewrites them all.
 * Each sample also goes through the invariants every analysis must keep.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, createOffsetMap, type Analysis } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';
import { renderAnalysis } from './render';

const root = path.resolve(__dirname, '..', '..');
const samplesDir = path.join(root, 'samples');
const goldenDir = path.join(root, 'test', 'golden');
const analyzer = createAnalyzer({ readResource: createResourceReader() });

function checkInvariants(analysis: Analysis): void {
  const chars = [...analysis.text];
  for (const s of [...analysis.entities, ...analysis.quotes]) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= chars.length, `span ${s.start}-${s.end} out of bounds`);
    assert.equal(chars.slice(s.start, s.end).join(''), s.text);
  }
  const byType = new Map<string, Analysis['entities'][number][]>();
  for (const e of analysis.entities) {
    byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  }
  for (const [type, spans] of byType) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i].start >= sorted[i - 1].end, `${type} spans overlap at ${sorted[i].start}`);
    }
  }
  const offsets = createOffsetMap(analysis.text);
  for (const e of analysis.entities) {
    assert.equal(offsets.toCodePoint(offsets.toUtf16(e.start)), e.start);
  }
  for (const m of analysis.masked) {
    const inside = (s: { start: number; end: number }): boolean => s.start < m.end && s.end > m.start;
    assert.ok(!analysis.entities.some(inside), `an entity lies in masked ${m.start}-${m.end}`);
  }
}

describe('golden', () => {
  for (const name of fs.readdirSync(samplesDir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    test(name, () => {
      const source = fs.readFileSync(path.join(samplesDir, name), 'utf8');
      const analysis = analyzer.analyze(source, { format: name.endsWith('.md') ? 'markdown' : 'plain', language: 'auto', corrections: [] });
      checkInvariants(analysis);
      const rendered = renderAnalysis(analysis);
      const goldenFile = path.join(goldenDir, `${name}.golden.txt`);
      if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(goldenFile)) {
        const existed = fs.existsSync(goldenFile);
        fs.writeFileSync(goldenFile, rendered);
        assert.ok(existed || process.env.UPDATE_GOLDEN === '1', `wrote missing golden ${path.relative(root, goldenFile)}; check it and run again`);
        return;
      }
      assert.equal(rendered, fs.readFileSync(goldenFile, 'utf8'));
    });
  }
});
