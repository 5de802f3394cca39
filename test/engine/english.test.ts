/**
 * English entities through the whole analyzer (language 'en'), in inline markup: names with titles split off as
 * roles, possessives and quotes left out of spans, document consistency, dates, sums and quoted works.
 * Every name here is invented; cases are grouped by phenomenon.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type DocumentFormat } from '../../server/src/engine/index';
import { createResourceReader } from '../../server/src/host/resources';
import { parseMarkup, renderMarkup } from '../support/markup';

const analyzer = createAnalyzer({ readResource: createResourceReader() });

function check(markup: string, format: DocumentFormat = 'plain'): void {
  const { text, spans } = parseMarkup(markup);
  const analysis = analyzer.analyze(text, { format, language: 'en', corrections: [] });
  assert.equal(renderMarkup(text, analysis.entities), renderMarkup(text, spans));
}

const CASES: readonly string[] = [
  // Titles before names are roles of their own; honorifics are dropped.
  '[ROLE Senator] [PER Maria Lopez] visited [LOC Ohio].',
  '[ROLE Sen.] [PER Dana Whitfield] and Mr. [PER Okafor] met.',
  '[ROLE Vice President] [PER Harold Finch] spoke.',
  '[ROLE Secretary of State] [PER Lena Marsh] flew to [LOC Canada].',
  '[ORG Senate] [ROLE Majority Leader] [PER Ann Carver] disagreed.',
  '[ORG White House] [ROLE Press Secretary] [PER Josh Pellman] said so.',
  '[LOC Texas] [ROLE Gov.] [PER Rick Dalton] signed it.',
  '[ROLE Gov.] [PER Nate Deal] met [PER Bill Ostrow] and [PER Rose Kettering].',
  'It rained. [LOC New Jersey] [ROLE Gov.] [PER Rick Dalton] left for [LOC West Point].',
  'The [ROLE Former Secretary of State] spoke, then [PER Rob Haskel] left.',
  'The [ROLE president] said the [ROLE chief executive] would resign.',
  // Possessives, quotes and punctuation stay outside the span.
  '[PER Maria Lopez]’s office said [PER Lopez]\'s aides had left.',
  'Dr. [PER Ruth Ekwueme], who leads the clinic, agreed.',
  // Organisations by their head nouns, and publications with their "The".
  'The [ORG Harlow County Planning Committee] met on a cold night.',
  'She wrote for [ORG The Wall Street Journal] and [ORG The Boston Globe].',
  'Shares of [ORG Brightwater Holdings Inc.] fell after the [ORG State Department] objected.',
  'The report went to the [ORG Department of Justice] and the [ORG University of Nebraska].',
  'The [ORG Securities and Exchange Commission] sued.',
  'A poll by [ORG Hale & Brandt Research] came after the defeat in [LOC Vermont] [DATE Tuesday].',
  'The [ORG Democratic Party] answered [PER Tom Becker].',
  'She leads the [ORG Center for Rural Progress] and writes for [ORG NewsDesk].',
  'Readers of [ORG Brellam], a newspaper chain, met [PER Okoro], who runs a farm. Still, the fund agreed.',
  // Places: lexicon, head nouns, abbreviations, party-state tags, datelines.
  '[LOC U.S.] officials met in [LOC Paris] near the [LOC Seine River].',
  'Aides on [LOC Capitol Hill] drove to [LOC Camp David] past [LOC Trout Creek].',
  '[ROLE Rep.] [PER Carla Munoz] ([LOC N.M.]) and [ROLE Sen.] [PER Owen Pratt] (R-[LOC Ky.]) voted no.',
  '[ROLE Sen.] [PER Owen Pratt] (R-[LOC IN]) voted no.',
  '[ROLE Sen.] [PER Jo Marlin III] (D-[LOC W.Va.]) met voters in [LOC San Marcos].',
  '[LOC BOSTON] — The storm hit the coast.',
  '[ROLE Sens.] [PER Ada Lind] ([LOC Ky.]) and [PER Ben Rask] ([LOC Fla.]) toured [LOC Everett], [LOC Mass.], with [ORG Lumen Images].',
  'Aid is flowing from the [LOC West] to [LOC Ukraine].',
  // White House as the administration and as the place.
  'The [ORG White House] said it would wait.',
  'He is on his way to the [LOC White House].',
  // Nationalities, party words and sentence openers are not names.
  'Russian and Republican lawmakers met Democrats in [LOC Chicago].',
  'The Vermonter [PER Nell Carrow] and [LOC New Hampshire] Republicans stayed at the [LOC Lakeside Inn].',
  'Country after country signed. Then Peace came.',
  // Document consistency: a surname after the full name, a surname opening a sentence, plural family names.
  '[PER Dana Whitfield] spoke first. Later [PER Whitfield] left. [PER Whitfield] said nothing.',
  // A surname that looks like a resident of a place ("Berliner") is still the person.
  '[ROLE Sen.] [PER Hal Berliner] spoke. Like [PER Berliner], she voted no. [PER Berliner] said so.',
  '[PER Gennifer Voss] arrived. [PER Voss] said she would stay. The [PER Vosses] left.',
  '[ROLE Judge] [PER Samuel A. Ferrow] ruled. A second ruling followed.',
  'The headline read Climate Change, and climate change was the topic.',
  // Dates and sums.
  '[PER Lopez] said on [DATE Tuesday] the plan would cost [MONEY $2 billion].',
  'The city paid [MONEY €5 million] in [DATE March 2016] and [MONEY 300 million dollars] later.',
  // Quoted works and titles.
  'The council passed the bill “[WORK Clean Streets First]” after a debate.',
  'She appeared on “[WORK Morning Table Talk],” a weekly show.',
  'The army began Operation "[EVENT Quiet Harbor]".',
];

/** [text, entity text, normal form]: English names are their own nominative; titles are lower-cased and spelled out. */
const NORMALS: readonly (readonly [string, string, string])[] = [
  ['Sen. Maria Lopez spoke.', 'Sen.', 'senator'],
  ['Lt. Gov. Tom Becker spoke.', 'Lt. Gov.', 'lieutenant governor'],
  ['Vice President Al Gorey spoke.', 'Vice President', 'vice president'],
  ['Maria\u00a0Lopez’s office spoke.', 'Maria\u00a0Lopez', 'Maria Lopez'],
  ['The plan cost $2 billion on Monday, officials said.', 'Monday', 'Monday'],
];

function checkNormal(text: string, mention: string, normal: string): void {
  const analysis = analyzer.analyze(text, { format: 'plain', language: 'en', corrections: [] });
  const found = analysis.entities.find((e) => e.text === mention);
  assert.equal(found?.normal, normal);
}

describe('English entities', () => {
  for (const markup of CASES) {
    test(markup, () => check(markup));
  }
  for (const [text, mention, normal] of NORMALS) {
    test(`normal form of ${mention}`, () => checkNormal(text, mention, normal));
  }
  test('masked Markdown code is never tagged', () => {
    check('[ROLE Senator] [PER Maria Lopez] wrote `Tom Becker` in a code span.', 'markdown');
  });
});
