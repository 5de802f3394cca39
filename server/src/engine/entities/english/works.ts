/**
 * Quoted titles after a word that says what they are: the bill "Clean Water First", the film “Silent River”,
 * Operation "Desert Shield". Works (laws, films, reports, projects) are WORK; operations are EVENT.
 */

import type { FoundEntity } from '../find';

const KINDS = String.raw`bill|law|act|film|movie|book|novel|show|series|album|song|documentary|report|program|programme|project|initiative|campaign|plan|play|opera|exhibition|podcast|newspaper|magazine|operation|Operation`;
const QUOTED_TITLE = new RegExp(String.raw`\b(${KINDS}),?\s+(?:called\s+|named\s+|titled\s+|entitled\s+)?["“‘']([^"“”‘’'\n]{2,80}?)[,.]?["”’']`, 'g');

export function findQuotedWorks(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const title = m[2];
    const start = m.index + m[0].indexOf(title, m[1].length);
    const type = m[1].toLowerCase() === 'operation' ? 'EVENT' : 'WORK';
    out.push({ start, end: start + title.length, text: title, type, normal: title, origin: 'rule', rule: 'en-quoted-work' });
  }
  return out;
}
