/**
 * Speakers the text never names get one name per document: the fullest description used for them
 * (Пресс-служба → пресс-служба МВД Киргизии), and a bare outlet noun (издание, the paper) the outlet last named.
 */

import type { Entity } from '../types';
import type { FoundQuote } from './find';

export function unifyDescriptions(text: string, quotes: readonly FoundQuote[], entities: readonly Entity[]): FoundQuote[] {
  const described = quotes.filter((q) => (q.resolution === 'descriptive' || q.resolution === 'organisation') && q.speakerName !== null);
  if (described.length === 0) {
    return [...quotes];
  }
  const isDescribed = new Set(described);
  const named = organisationNames(text, entities);
  const outlets = described.filter((q) => q.resolution === 'organisation' && !isBare(q.speakerName!)).sort((a, b) => a.start - b.start);
  return quotes.map((q) => {
    if (!isDescribed.has(q)) {
      return q;
    }
    const words = wordsOf(q.speakerName!);
    const fuller = [...described, ...(q.resolution === 'organisation' ? named : [])]
      .filter((d) => {
        const other = wordsOf(d.speakerName!);
        return other[0] === words[0] && words.every((w) => other.includes(w));
      })
      .reduce<{ speakerName: string | null; speakerCluster: string | null }>((best, d) => (d.speakerName!.length > best.speakerName!.length ? d : best), q);
    if (fuller !== q && fuller.speakerName !== q.speakerName) {
      return { ...q, speakerName: fuller.speakerName, speakerCluster: fuller.speakerCluster };
    }
    const outlet = isBare(q.speakerName!) ? outlets.filter((o) => o.start < q.start).pop() : undefined;
    return outlet === undefined ? q : { ...q, speakerName: outlet.speakerName, speakerCluster: outlet.speakerCluster };
  });
}

/**
 * Organisation names as written out in full anywhere in the text, with a place or body that follows them in
 * the genitive (МВД Киргизии, РИА Новости): the fuller forms a short mention (МВД, РИА) stands for.
 */
function organisationNames(text: string, entities: readonly Entity[]): { speakerName: string; speakerCluster: string }[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const names: { speakerName: string; speakerCluster: string }[] = [];
  sorted.forEach((e, k) => {
    if (e.type !== 'ORG') {
      return;
    }
    const next = sorted.slice(k + 1).find((n) => n.start >= e.end);
    const joined = next !== undefined && (next.type === 'LOC' || next.type === 'ORG') && /^[ \u00a0]+$/u.test(text.slice(e.end, next.start));
    names.push({ speakerName: joined ? text.slice(e.start, next.end) : e.text, speakerCluster: e.cluster });
  });
  return names;
}

/** A lone common noun (издание, газета): lower case, one word. */
function isBare(name: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(name);
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().replace(/ё/gu, 'е').split(/[\s"«»“”]+/u).filter((w) => w.length > 0);
}
