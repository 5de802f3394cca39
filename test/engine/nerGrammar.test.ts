/**
 * Span completion by grammar in the name model's document pass (ner/nameGrammar.ts): each case gives the
 * decoded names as inline markup and the names after completion.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTSIDE, beginLabel, isInside, typeOfLabel, type NameType } from '../../server/src/engine/entities/ner/labels';
import { completeNames } from '../../server/src/engine/entities/ner/nameGrammar';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { createResourceReader } from '../../server/src/host/resources';

const morphology = loadMorphology(createResourceReader());

/** Labels the tokens of `decoded`'s plain text as its markup says, completes them and compares with `expected`. */
function check(decoded: string, expected: string): void {
  const spans: { start: number; end: number; type: NameType }[] = [];
  let text = '';
  for (const m of decoded.matchAll(/\[([A-Z]+) ([^\]]+)\]|[^[]+/g)) {
    if (m[1] !== undefined) {
      spans.push({ start: text.length, end: text.length + m[2].length, type: m[1] as NameType });
      text += m[2];
    } else {
      text += m[0];
    }
  }
  const tokens = tagTokens(segment(text), morphology);
  const labels = new Uint8Array(tokens.length).fill(OUTSIDE);
  tokens.forEach((t, i) => {
    const s = spans.find((x) => t.start >= x.start && t.end <= x.end);
    if (s !== undefined) {
      labels[i] = beginLabel(s.type) + (t.start > s.start ? 1 : 0);
    }
  });
  const out = completeNames(tokens, labels);
  let marked = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = typeOfLabel(out[i]);
    if (type === null || isInside(out[i])) {
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isInside(out[j + 1])) {
      j++;
    }
    marked += `${text.slice(at, tokens[i].start)}[${type} ${text.slice(tokens[i].start, tokens[j].end)}]`;
    at = tokens[j].end;
  }
  assert.equal(marked + text.slice(at), expected);
}

describe('NER span completion by grammar', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A name ending in a capitalised adjective goes on to the organisation head agreeing with it.
    ['[LOC Лондонская] полиция задержала двоих', '[ORG Лондонская полиция] задержала двоих'],
    ['За год [LOC Запорожский] автомобилестроительный завод собрал машины', 'За год [ORG Запорожский автомобилестроительный завод] собрал машины'],
    // … and an untagged capitalised adjective opening a singular organisation phrase starts one.
    ['Федеральное авиационное управление пояснило это', '[ORG Федеральное авиационное управление] пояснило это'],
    ['Правозащитные организации выступают против', 'Правозащитные организации выступают против'],
    // No agreement, or no organisation head: nothing changes.
    ['[LOC Московской] области губернатор', '[LOC Московской] области губернатор'],
    ['в [LOC Тверской] области', 'в [LOC Тверской] области'],
    // A bare capitalised head takes its genitive complement, or «по» and a dative one, and a coordinated one.
    ['письма от [ORG Конгресса] профсоюзов пришли', 'письма от [ORG Конгресса профсоюзов] пришли'],
    ['глава [ORG Комитета] по иностранным делам сказал', 'глава [ORG Комитета по иностранным делам] сказал'],
    ['[ORG Министерство] сельского хозяйства и пищевой промышленности выдало', '[ORG Министерство сельского хозяйства и пищевой промышленности] выдало'],
    // A head inside a longer name, or a complement in another case, is left alone.
    ['для [ORG Конституционного суда] здания', 'для [ORG Конституционного суда] здания'],
    ['[ORG Комитет] решил вопрос', '[ORG Комитет] решил вопрос'],
    // A name the model ended on a preposition or «и» goes on with the phrase or name after it, or ends before it.
    ['глава [ORG Комитета по] иностранным делам сказал', 'глава [ORG Комитета по иностранным делам] сказал'],
    ['пресс-служба [ORG МЧС по Санкт-Петербургу и] [LOC Ленобласти] сообщила', 'пресс-служба [ORG МЧС по Санкт-Петербургу и Ленобласти] сообщила'],
    ['действия [ORG НАТО в] [LOC Афганистане] идут', 'действия [ORG НАТО] в [LOC Афганистане] идут'],
    // A place in the genitive closing an ORG after its lower-case words is a place of its own.
    ['глава [ORG Федерации бобслея России] сказал', 'глава [ORG Федерации бобслея] [LOC России] сказал'],
    ['глава [ORG Совета Федерации России] сказал', 'глава [ORG Совета Федерации России] сказал'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(decoded, expected));
  }
});
