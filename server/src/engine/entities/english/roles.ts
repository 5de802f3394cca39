/**
 * Lower-case job titles in English prose: "the president", "chief executive", "a spokeswoman for …".
 * Capitalised titles before names are found with the names (names.ts); both normalise to lower case.
 */

import type { FoundEntity } from '../find';

const ROLES = [
  'vice president', 'president', 'president-elect', 'prime minister', 'deputy prime minister', 'foreign minister',
  'minister', 'secretary of state', 'secretary of defense', 'secretary-general', 'secretary general',
  'press secretary', 'secretary', 'chief executive officer', 'chief executive', 'chief financial officer',
  'chief operating officer', 'chairman', 'chairwoman', 'chairperson', 'spokesperson', 'spokesman', 'spokeswoman',
  'senator', 'state senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'governor',
  'lieutenant governor', 'mayor', 'deputy mayor', 'city council member', 'council member', 'councilman',
  'councilwoman', 'attorney general', 'district attorney', 'prosecutor', 'judge', 'justice', 'chief justice',
  'ambassador', 'director', 'executive director', 'managing director', 'commissioner', 'sheriff', 'police chief',
  'speaker', 'majority leader', 'minority leader', 'chief of staff', 'campaign manager', 'campaign chairman',
  'nominee', 'presidential nominee', 'vice-presidential nominee', 'running mate', 'candidate', 'founder',
  'co-founder', 'ceo', 'cfo', 'economist', 'analyst', 'professor', 'adviser', 'advisor', 'national security adviser',
  'treasurer', 'superintendent', 'chancellor', 'general counsel', 'editor', 'editor-in-chief', 'correspondent',
];

const ROLE = new RegExp(
  String.raw`\b(?:${[...ROLES].sort((a, b) => b.length - a.length).map((r) => r.replace(/-/g, '\\-')).join('|')})\b(?!-)`,
  'g',
);

export function findLowerCaseRoles(text: string): FoundEntity[] {
  return [...text.matchAll(ROLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    type: 'ROLE',
    normal: m[0],
    origin: 'rule',
    rule: 'en-role-word',
  }));
}
