/**
 * The Russian entity stage as a whole: the NER model's name spans (given here by a stub, written in the first
 * markup) combined with the rules, trimmed of titles and quotation marks, with same-type overlaps settled
 * (the second markup is the expected result), and normal forms on every mention.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../server/src/engine/types';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { findEntities, type FoundEntity } from '../../server/src/engine/entities/find';
import { createResourceReader } from '../../server/src/host/resources';
import { parseMarkup, renderMarkup } from '../support/markup';

const morphology = loadMorphology(createResourceReader());

/** Runs the stage with a model that predicts exactly the spans marked in `modelMarkup`. */
function run(modelMarkup: string): { text: string; found: FoundEntity[] } {
  const { text, spans } = parseMarkup(modelMarkup);
  const segments = segment(text);
  const document = { text, language: 'ru' as const, segments, tokens: tagTokens(segments, morphology) };
  const model = { predict: () => spans.map((s) => ({ ...s, type: s.type as EntityType, rule: 'stub-model' })) };
  return { text, found: findEntities(document, { nerModel: () => model }) };
}

function check(modelMarkup: string, expected: string): void {
  const { text, found } = run(modelMarkup);
  assert.equal(renderMarkup(text, found), expected);
}

const CASES: ReadonlyArray<readonly [string, string]> = [
  // Model names and rule spans together; a LOC may nest in a ROLE.
  ['министр [PER Айгуль Серикова] прибыла в [LOC Павлодар]', '[ROLE министр] [PER Айгуль Серикова] прибыла в [LOC Павлодар]'],
  [
    'Вице-премьер – министр национальной экономики [LOC Республики Казахстан] [PER Серик Жумангарин]',
    '[ROLE Вице-премьер – министр национальной экономики [LOC Республики Казахстан]] [PER Серик Жумангарин]',
  ],
  // A title the model took into a name is cut off; so are quotation marks.
  ['с [PER академиком Валентином Пармоном]', 'с [ROLE академиком] [PER Валентином Пармоном]'],
  ['газета [ORG «Правда»] писала', 'газета «[ORG Правда]» писала'],
  // A name ends at a line break or a blanked-out region.
  ['[ORG пресс-служба технопарка\nи университета]', '[ORG пресс-служба технопарка]\nи университета'],
  ['[ORG пресс-служба технопарка      и университета]', '[ORG пресс-служба технопарка]      и университета'],
  // Same type never overlaps: the longer span wins, then the model's.
  ['компания «[ORG Газпром]» сообщила', 'компания «[ORG Газпром]» сообщила'],
  ['АО [ORG «Самрук-Казына»] сообщило', 'АО «[ORG Самрук-Казына]» сообщило'],
  // A name inside a quoted work written as a name is part of the title; one in a title written as a phrase is
  // mentioned there; a name that is the whole title is the title.
  ['проект «[LOC Астана] Хаб» запущен', 'проект «[WORK Астана Хаб]» запущен'],
  ['проект «[LOC Астана]» запущен', 'проект «[WORK Астана]» запущен'],
  ['запустили проект «Развитие туризма в [LOC Казахстане]»', 'запустили проект «[WORK Развитие туризма в [LOC Казахстане]]»'],
  // Dates and sums.
  ['[LOC Казахстан] выделил 450 млн рублей 12 января 2024 года', '[LOC Казахстан] выделил [MONEY 450 млн рублей] [DATE 12 января 2024 года]'],
];

describe('entity stage', () => {
  for (const [model, expected] of CASES) {
    test(expected, () => check(model, expected));
  }
  test('every mention has its normal form; of two equal spans the model wins', () => {
    const { found } = run('[ROLE Вице-премьер] [PER Серик Жумангарин] вручил академику [PER Валентину Пармону] письмо в [LOC Новосибирском Академгородке]');
    assert.deepEqual(
      found.map((e) => [e.type, e.normal, e.origin]),
      [
        ['ROLE', 'вице-премьер', 'model'],
        ['PER', 'Серик Жумангарин', 'model'],
        ['ROLE', 'академик', 'rule'],
        ['PER', 'Валентин Пармон', 'model'],
        ['LOC', 'Новосибирский Академгородок', 'model'],
      ],
    );
  });
  test('a quoted name keeps its own form', () => {
    const { found } = run('продукция компании «Казахстанской нефти» и [LOC Казахстанской области]');
    assert.deepEqual(found.map((e) => [e.type, e.text, e.normal]), [
      ['ORG', 'Казахстанской нефти', 'Казахстанской нефти'],
      ['LOC', 'Казахстанской области', 'Казахстанская область'],
    ]);
  });
});
