/**
 * Speakers the text never names get one name per document: the fullest description used for them
 * (Пресс-служба → пресс-служба МВД Киргизии), and a bare outlet noun (издание, the paper) the outlet last named.
 */

import type { FoundQuote } from './find';

export function unifyDescriptions(quotes: readonly FoundQuote[]): FoundQuote[] {
  const described = quotes.filter((q) => (q.resolution === 'descriptive' || q.resolution === 'organisation') && q.speakerName !== null);
  const outlets = described.filter((q) => q.resolution === 'organisation' && !isBare(q.speakerName!)).sort((a, b) => a.start - b.start);
  return quotes.map((q) => {
    if (!described.includes(q)) {
      return q;
    }
    const words = wordsOf(q.speakerName!);
    const fuller = described
      .filter((d) => {
        const other = wordsOf(d.speakerName!);
        return other[0] === words[0] && words.every((w) => other.includes(w));
      })
      .reduce((best, d) => (d.speakerName!.length > best.speakerName!.length ? d : best), q);
    if (fuller !== q && fuller.speakerName !== q.speakerName) {
      return { ...q, speakerName: fuller.speakerName, speakerCluster: fuller.speakerCluster };
    }
    const outlet = isBare(q.speakerName!) ? outlets.filter((o) => o.start < q.start).pop() : undefined;
    return outlet === undefined ? q : { ...q, speakerName: outlet.speakerName, speakerCluster: outlet.speakerCluster };
  });
}

/** A lone common noun (издание, газета): lower case, one word. */
function isBare(name: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(name);
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().replace(/ё/gu, 'е').split(/[\s"«»“”]+/u).filter((w) => w.length > 0);
}
