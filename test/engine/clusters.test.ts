/**
 * Mention grouping on invented texts: mentions are given in inline markup (so the NER model plays no part),
 * their normal forms come from the real morphology, and each case lists the clusters expected, one line each:
 * `TYPE name [roles]: mention | mention`. Clusters of a single mention with no roles are left out.
 * The lookups the quotation stage uses are checked at the end.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../server/src/engine/types';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import type { TaggedDocument } from '../../server/src/engine/tokens/tag';
import { normalForm } from '../../server/src/engine/entities/normal';
import { groupMentions, type Grouped } from '../../server/src/engine/clusters/group';
import { findClusterByRole, findClusterBySurname } from '../../server/src/engine/clusters/lookup';
import { createResourceReader } from '../../server/src/host/resources';
import { parseMarkup } from '../support/markup';

const morphology = loadMorphology(createResourceReader());

function analyse(markup: string): { document: TaggedDocument; grouped: Grouped } {
  const parsed = parseMarkup(markup);
  const text = parsed.text;
  const spans = parsed.spans.map((s) => ({ ...s, type: s.type as EntityType }));
  const segments = segment(text);
  const document = { text, language: 'ru' as const, segments, tokens: tagTokens(segments, morphology) };
  const found = spans.map((s) => ({ ...s, text: text.slice(s.start, s.end), normal: normalForm(document, s), origin: 'rule' as const, rule: 'test' }));
  return { document, grouped: groupMentions(document, found) };
}

function check(markup: string, expected: readonly string[]): void {
  const { document, grouped } = analyse(markup);
  const lines = grouped.clusters
    .filter((c) => c.mentions.length > 1 || c.roles.length > 0)
    .map((c) => {
      const texts = grouped.entities.filter((e) => e.cluster === c.id).map((e) => e.text);
      const roles = c.roles.length > 0 ? ` [${c.roles.join('; ')}]` : '';
      return `${c.type} ${c.name}${roles}: ${texts.join(' | ')}`;
    });
  assert.deepEqual(lines, expected, document.text);
}

const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // People: full name, surname alone, other cases, initials.
  [
    '[PER Серик Жумангарин] провел встречу. По словам [PER Серика Жумангарина], опыт важен. [PER Жумангарин] добавил.',
    ['PER Серик Жумангарин: Серик Жумангарин | Серика Жумангарина | Жумангарин'],
  ],
  [
    'Встреча с [PER Валентином Пармоном]. [PER Пармона] поддержали. [PER В. Пармон] ответил.',
    ['PER Валентин Пармон: Валентином Пармоном | Пармона | В. Пармон'],
  ],
  [
    '[PER Владимир Владимирович Путин] прибыл. [PER Владимир Владимирович] сказал.',
    ['PER Владимир Владимирович Путин: Владимир Владимирович Путин | Владимир Владимирович'],
  ],
  [
    '[PER Айгуль Серикова] выступила. [PER Иван Петров] спорил. [PER Сериковой] ответили.',
    ['PER Айгуль Серикова: Айгуль Серикова | Сериковой'],
  ],
  // FIXME(issue-3): a bare surname joins the nearest namesake whatever the gender the verb shows.
  [
    '[PER Айгуль Серикова] и [PER Иван Сериков] выступили. [PER Серикова] ответила.',
    ['PER Иван Сериков: Иван Сериков | Серикова'],
  ],
  // Two people with different first names stay apart.
  ['[PER Иван Петров] и [PER Пётр Петров] спорили.', []],
  // Abbreviations: defined in parentheses, spelled by initials.
  [
    'делегация [ORG Сибирского отделения Российской академии наук] ([ORG СО РАН]) прибыла. Сотрудничество с [ORG СО РАН] растёт.',
    ['ORG Сибирское отделение Российской академии наук: Сибирского отделения Российской академии наук | СО РАН | СО РАН'],
  ],
  ['[ORG Министерство иностранных дел] сообщило. В [ORG МИД] уточнили.', ['ORG Министерство иностранных дел: Министерство иностранных дел | МИД']],
  [
    'делегация [ORG Сибирского отделения Российской академии наук] во главе с вице-президентом [ORG РАН]. Представители [ORG РАН] предложили.',
    ['ORG Российская академия наук: РАН | РАН'],
  ],
  // Places: same normal form, and the generic word.
  [
    'в [LOC Республике Казахстан]. [LOC Казахстан] и [LOC Казахстана] ',
    ['LOC Республика Казахстан: Республике Казахстан | Казахстан | Казахстана'],
  ],
  // Roles apposed to a person, before and after the name.
  [
    '[ROLE Вице-премьер] [PER Серик Жумангарин] выступил. «Это важно», — отметил [ROLE вице-премьер].',
    ['ROLE вице-премьер: Вице-премьер | вице-премьер', 'PER Серик Жумангарин [вице-премьер]: Серик Жумангарин'],
  ],
  [
    'во главе с [ROLE вице-президентом РАН], [ROLE председателем СО РАН] [ROLE академиком] [PER Валентином Пармоном]',
    ['PER Валентин Пармон [вице-президент РАН; председатель СО РАН; академик]: Валентином Пармоном'],
  ],
  ['[PER Валентин Пармон], [ROLE председатель СО РАН], отметил', ['PER Валентин Пармон [председатель СО РАН]: Валентин Пармон']],
  // A title not next to a name gives no role.
  ['[ROLE министр] приехал, а [PER Иван Петров] остался', []],
];

describe('mention grouping', () => {
  for (const [markup, expected] of CASES) {
    test(markup, () => check(markup, expected));
  }
  test('cluster ids follow the first mentions', () => {
    const { grouped } = analyse('[LOC Астана] и [PER Иван Петров], потом [LOC Астане]');
    assert.deepEqual(
      grouped.clusters.map((c) => [c.id, c.name, c.mentions]),
      [['e1', 'Астана', [0, 28]], ['e2', 'Иван Петров', [9]]],
    );
  });
});

describe('lookups for the quotation stage', () => {
  const markup =
    '[ROLE Вице-премьер – министр экономики] [PER Серик Жумангарин] встретился с [ROLE академиком] [PER Валентином Пармоном]. ' +
    '«Важно», — отметил [ROLE вице-премьер]. «Да», — сказал [ROLE академик] [PER Пармон]. [ROLE Министр] [PER Иван Петров] молчал.';
  const { document, grouped } = analyse(markup);
  const at = (phrase: string): number => document.text.indexOf(phrase);
  test('a bare title finds the person it was given to', () => {
    assert.equal(findClusterByRole(grouped, 'вице-премьер', at('«Важно»'))?.name, 'Серик Жумангарин');
    assert.equal(findClusterByRole(grouped, 'академика', at('«Да»'))?.name, 'Валентин Пармон');
    assert.equal(findClusterByRole(grouped, 'министр', at('«Важно»'))?.name, 'Серик Жумангарин');
    assert.equal(findClusterByRole(grouped, 'министр', document.text.length)?.name, 'Иван Петров');
    assert.equal(findClusterByRole(grouped, 'губернатор', document.text.length), null);
  });
  test('a surname in any case finds the person', () => {
    assert.equal(findClusterBySurname(grouped, 'Пармон', at('«Да»'))?.name, 'Валентин Пармон');
    assert.equal(findClusterBySurname(grouped, 'академик Пармона', at('«Да»'))?.name, 'Валентин Пармон');
    assert.equal(findClusterBySurname(grouped, 'Жумангарину', document.text.length)?.name, 'Серик Жумангарин');
    assert.equal(findClusterBySurname(grouped, 'Иванов', document.text.length), null);
  });
});
