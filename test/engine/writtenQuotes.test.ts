/**
 * Decisions on quotations written in the text (`[QUOTE … | Speaker]`): "not a quotation" and "set speaker" made in
 * the editor override the written tag, as decisions override written entity tags; writing the tags again then
 * says what the analysis says. Through the façade, with decisions anchored on the quotation as code actions anchor them.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, createAnchor, createOffsetMap, inlineTagWrites, type Anchor, type Correction } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';

const analyzer = createAnalyzer({ readResource: createResourceReader() });

const TEXT = 'Вчера Иван Петров и Айгуль Серикова прибыли в Павлодар. «[QUOTE Город растёт | Айгуль Серикова]», — сказала она.';

/**
 * The direct quotations once `decide` made decisions on the written one (`quote → speaker (its entity, how resolved)`),
 * and the quotation's «…» after "Write Tags into the Text".
 */
function check(decide: (anchor: Anchor) => Correction[]): { quotes: string[]; rewritten: string } {
  const first = analyzer.analyze(TEXT, { format: 'plain', language: 'ru', corrections: [] });
  const written = first.quotes.find((q) => q.text === 'Город растёт');
  assert.ok(written !== undefined, 'the written quotation is read');
  const analysis = analyzer.analyze(TEXT, { format: 'plain', language: 'ru', corrections: decide(createAnchor(TEXT, written)) });
  const clusterName = (id: string | null): string => analysis.clusters.find((c) => c.id === id)?.name ?? '-';
  const offsets = createOffsetMap(TEXT);
  let tagged = TEXT;
  for (const r of [...inlineTagWrites(analysis, 'plain')].sort((a, b) => b.start - a.start)) {
    tagged = tagged.slice(0, offsets.toUtf16(r.start)) + r.newText + tagged.slice(offsets.toUtf16(r.end));
  }
  return {
    quotes: analysis.quotes.filter((q) => q.kind === 'direct').map((q) => `${q.text} → ${q.speakerName ?? '?'} (${clusterName(q.speakerCluster)}, ${q.resolution})`),
    rewritten: /«[^»]*»/.exec(tagged)![0],
  };
}

describe('decisions on a written quotation', () => {
  test('none: the tag speaks', () => {
    assert.deepEqual(check(() => []), { quotes: ['Город растёт → Айгуль Серикова (Айгуль Серикова, manual)'], rewritten: '«[QUOTE Город растёт | Айгуль Серикова]»' });
  });

  test('not a quotation: gone, and writing the tags again takes its markup out', () => {
    assert.deepEqual(check((anchor) => [{ kind: 'notQuote', anchor }]), { quotes: [], rewritten: '«Город растёт»' });
  });

  test("set speaker: another person, with that person's entity; writing the tags again names them", () => {
    assert.deepEqual(check((anchor) => [{ kind: 'setSpeaker', anchor, speakerName: 'Иван Петров' }]), {
      quotes: ['Город растёт → Иван Петров (Иван Петров, manual)'],
      rewritten: '«[QUOTE Город растёт | Иван Петров]»',
    });
  });

  test('as for the machine\'s quotations, a speaker set after "not a quotation" does not bring it back', () => {
    const result = check((anchor) => [
      { kind: 'notQuote', anchor },
      { kind: 'setSpeaker', anchor, speakerName: 'Иван Петров' },
    ]);
    assert.deepEqual(result.quotes, []);
  });
});
