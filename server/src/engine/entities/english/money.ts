/**
 * Sums of money in English: "$2 billion", "€5 million", "US$300,000", "300 million dollars", "$1.5bn".
 */

import type { FoundEntity } from '../find';

const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?`;
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const CURRENCY_WORDS = String.raw`(?:dollars?|euros?|pounds?(?: sterling)?|yen|yuan|rubles?|roubles?|rupees?|francs?|pesos?|cents?|tenge)`;
const MONEY = new RegExp(
  String.raw`(?:(?:US|A|C|HK|NZ)?[$€£¥₽₸]\s?${NUMBER}${SCALE}(?:\s(?:dollars|euros|pounds))?)` +
    String.raw`|(?:\b${NUMBER}${SCALE}\s${CURRENCY_WORDS}\b)` +
    String.raw`|(?:\b(?:USD|EUR|GBP|RUB|KZT)\s?${NUMBER}${SCALE})` +
    String.raw`|(?:\b${NUMBER}${SCALE}\s?(?:USD|EUR|GBP|RUB|KZT)\b)`,
  'gi',
);

export function findMoney(text: string): FoundEntity[] {
  return [...text.matchAll(MONEY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    type: 'MONEY',
    normal: m[0].replace(/\s+/g, ' '),
    origin: 'rule',
    rule: 'en-money',
  }));
}
