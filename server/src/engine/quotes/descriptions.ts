/**
 * Speakers the text never names get one name per document: the fullest description used for them
 * (Пресс-служба → пресс-служба МВД Киргизии), and a bare outlet noun (издание, the paper) the outlet last named:
 * the last outlet quoted, or an organisation named right after an outlet noun or a verb of saying
 * (изданию Der Spiegel, передаёт The Guardian).
 */

import type { Entity } from '../types';
import type { FoundQuote } from './find';
import type { QuoteContext } from './context';
import { isMediaHead } from './titles';

export function unifyDescriptions(ctx: QuoteContext, quotes: readonly FoundQuote[]): FoundQuote[] {
  const text = ctx.text;
  const entities = ctx.grouped.entities;
  const described = quotes.filter((q) => (q.resolution === 'descriptive' || q.resolution === 'organisation') && q.speakerName !== null);
  if (described.length === 0) {
    return [...quotes];
  }
  const isDescribed = new Set(described);
  const named = organisationNames(text, entities);
  const outlets = [...described.filter((q) => q.resolution === 'organisation' && !isBare(q.speakerName!)), ...namedOutlets(ctx)].sort((a, b) => a.start - b.start);
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
    const outlet = q.resolution === 'organisation' && isBare(q.speakerName!) ? outlets.filter((o) => o.start < q.start).pop() : undefined;
    return outlet === undefined ? q : { ...q, speakerName: outlet.speakerName, speakerCluster: outlet.speakerCluster };
  });
}

/** Organisations named as a source: right after an outlet noun (изданию Der Spiegel) or a verb of saying (передаёт The Guardian). */
function namedOutlets(ctx: QuoteContext): { start: number; speakerName: string; speakerCluster: string }[] {
  const found: { start: number; speakerName: string; speakerCluster: string }[] = [];
  for (const e of ctx.grouped.entities) {
    if (e.type !== 'ORG') {
      continue;
    }
    const k = ctx.tokenAfter(e.start) - 1;
    const before = ctx.tokens[k];
    if (before !== undefined && (isMediaHead(before) || ctx.cueAt(k).saying)) {
      const cluster = ctx.grouped.clusters.find((c) => c.id === e.cluster);
      found.push({ start: e.start, speakerName: cluster?.name ?? e.text, speakerCluster: e.cluster });
    }
  }
  return found;
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
