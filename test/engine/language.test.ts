/**
 * Language detection cases: `[expected, source, format]`. Markdown sources go through masking first, as the
 * façade does, so code and links do not vote.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../server/src/engine/text/language';
import { prepareText } from '../../server/src/engine/text/prepare';
import type { DocumentFormat, Language } from '../../server/src/engine/types';

function check(expected: Language, source: string, format: DocumentFormat = 'plain'): void {
  assert.equal(detectLanguage(prepareText(source, format).text), expected);
}

const CASES: Record<string, readonly (readonly [Language, string, DocumentFormat?])[]> = {
  russian: [
    ['ru', 'Вице-премьер провёл встречу с делегацией.'],
    ['ru', 'Компания KMG Engineering и Asal.media подписали меморандум с Samruk-Kazyna Ventures.'],
    ['ru', 'ЁЛКА И ЁЖ'],
  ],
  kazakh: [
    ['ru', 'Қазақстан Республикасының Үкіметі ғылым саласын дамытуға көңіл бөлді.'],
    ['ru', 'Өскемен қаласында әкім жиналыс өткізді.'],
  ],
  english: [
    ['en', 'The deputy prime minister met a delegation of scientists.'],
    ['en', 'Serik Zhumangarin met the delegation of SB RAS, the agency said, quoting «Казинформ».'],
    ['en', 'Café owners in Zürich met São Paulo officials.'],
  ],
  'no letters': [
    ['ru', ''],
    ['ru', '12.01.2024 — 1 500 000 ₸ 😀'],
  ],
  'masked markdown does not vote': [
    ['ru', 'Встреча прошла успешно.\n\n```\nconst meetingResultsAreStoredInTheDatabase = true;\n```\n', 'markdown'],
    ['ru', 'См. [сайт](https://example.com/very/long/english/path/about/the/meeting/results) министерства.', 'markdown'],
    ['en', 'The meeting went well.\n\n```\nВстреча прошла успешно и плодотворно, стороны довольны\n```\n', 'markdown'],
  ],
};

describe('language', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const [expected, source, format] of cases) {
        test(`${expected}: ${JSON.stringify(source.slice(0, 40))}`, () => {
          check(expected, source, format);
        });
      }
    });
  }
});
