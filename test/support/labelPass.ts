/**
 * The check of the name model's document-pass tables: the decoded names are given as inline markup, the tokens
 * are labelled as it says, one pass runs, and the names after it are rendered back in the same markup.
 */

import assert from 'node:assert/strict';
import { OUTSIDE, beginLabel, labelRuns, type NameType } from '../../server/src/engine/entities/ner/labels';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens, type TaggedToken } from '../../server/src/engine/tokens/tag';
import { createResourceReader } from '../../server/src/host/resources';
import { parseMarkup, renderMarkup, type MarkedSpan } from './markup';

export type LabelPass = (tokens: readonly TaggedToken[], labels: Uint8Array) => Uint8Array;

let morphology: ReturnType<typeof loadMorphology> | undefined;

export function checkLabelPass(pass: LabelPass, decoded: string, expected: string): void {
  morphology ??= loadMorphology(createResourceReader());
  const { text, spans } = parseMarkup(decoded);
  const tokens = tagTokens(segment(text), morphology);
  const labels = new Uint8Array(tokens.length).fill(OUTSIDE);
  tokens.forEach((t, i) => {
    const s = spans.find((x) => t.start >= x.start && t.end <= x.end);
    if (s !== undefined) {
      labels[i] = beginLabel(s.type as NameType) + (t.start > s.start ? 1 : 0);
    }
  });
  const out = pass(tokens, labels);
  const found: MarkedSpan[] = Array.from(labelRuns(out), ({ type, start, end }) => ({ start: tokens[start].start, end: tokens[end - 1].end, type }));
  assert.equal(renderMarkup(text, found), expected);
}
