/**
 * The originals of quoted titles in the name model's document pass (ner/glosses.ts). Each case gives the decoded
 * names as inline markup and the names after the rule.
 */

import { describe, test } from 'node:test';
import { readGlosses } from '../../server/src/engine/entities/ner/glosses';
import { checkLabelPass as check } from '../support/labelPass';

describe('NER originals of quoted titles', () => {
  const cases: readonly (readonly [string, string])[] = [
    // The Latin original of a quoted title that is no name is no name either.
    ['вариант автомобиля «Гол» ([ORG Gol]) выпустят', 'вариант автомобиля «Гол» (Gol) выпустят'],
    ['под девизом «Мы одна семья» ([ORG GENS UNA SUMUS]).', 'под девизом «Мы одна семья» (GENS UNA SUMUS).'],
    ['сериала «Побег» ([PER Prison Break]) заявил', 'сериала «Побег» (Prison Break) заявил'],
    // A quoted name, an abbreviation, a year or a name without quotes before the parentheses: left to the model.
    ['газета «[ORG Ла стампа]» ([PER La Stampa]) пишет', 'газета «[ORG Ла стампа]» ([PER La Stampa]) пишет'],
    ['партии «Движение за перемены» ([ORG MDC]) заявил', 'партии «Движение за перемены» ([ORG MDC]) заявил'],
    ['банк [LOC Китая] ([ORG Bank of China]) вырос', 'банк [LOC Китая] ([ORG Bank of China]) вырос'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readGlosses, decoded, expected));
  }
});
