/**
 * The corpus: per-document summaries of analyses merged into entities across documents by type and normal
 * form, with the figures the corpus views show (mentions, documents, roles, quotations per speaker, people ×
 * organisations co-occurrence). A summary keeps what the views need and drops the text and the pipeline's
 * intermediate data, so a workspace of thousands of articles stays small. Where a mention lies is whatever the
 * caller's `locate` makes of a code-point span (the span itself for the CLI, an editor range for the server).
 */

import { ENTITY_TYPES, type Analysis, type EntityType, type QuoteKind, type Span } from '../types';

export interface SummaryMention<L> {
  readonly at: L;
  readonly text: string;
}

/** One entity (cluster) of one document. */
export interface SummaryEntity<L> {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly roles: readonly string[];
  /** In text order. */
  readonly mentions: readonly SummaryMention<L>[];
}

export interface SummaryQuote<L> {
  readonly at: L;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly cue: string | null;
  /** The speaker's canonical name, or the descriptive phrase; null where the text gives none. */
  readonly speaker: string | null;
  /** The corpus key of the speaker: an entity key, a descriptive phrase's key, or null. */
  readonly speakerKey: string | null;
  readonly speakerType: EntityType | null;
}

export interface DocumentSummary<L> {
  readonly entities: readonly SummaryEntity<L>[];
  /** In text order. */
  readonly quotes: readonly SummaryQuote<L>[];
}

export interface CorpusDocument<L> {
  readonly uri: string;
  /** Orders documents in time (a file's modification time): the latest quotation is the one of the newest document. */
  readonly time: number;
  readonly summary: DocumentSummary<L>;
}

/** An entity merged across the corpus. */
export interface CorpusEntry<L> {
  readonly key: string;
  readonly type: EntityType;
  /** The name most documents give it; the longer one on a tie. */
  readonly name: string;
  readonly mentionCount: number;
  readonly documentCount: number;
  /** Most frequent first (counted in documents). */
  readonly roles: readonly string[];
  /** In the corpus's document order (by uri). */
  readonly documents: readonly { readonly uri: string; readonly mentions: readonly SummaryMention<L>[] }[];
}

export interface CorpusQuote<L> extends SummaryQuote<L> {
  readonly uri: string;
}

export interface SpeakerEntry<L> {
  readonly key: string | null;
  readonly speaker: string | null;
  readonly speakerType: EntityType | null;
  /** By document (uri order), then text order. */
  readonly quotes: readonly CorpusQuote<L>[];
}

/** What a hover adds about an entity from the rest of the corpus. */
export interface EntityFacts<L> {
  readonly documentCount: number;
  readonly roles: readonly string[];
  /** The last quotation of the entity in the newest other document. */
  readonly latestQuote: CorpusQuote<L> | null;
}

export interface CorpusOverview {
  readonly documentCount: number;
  readonly topEntities: Readonly<Partial<Record<EntityType, readonly { name: string; mentions: number; documents: number }[]>>>;
  readonly speakers: readonly { name: string; quotes: number }[];
  /** Documents in which both the row's person and the column's organisation appear. */
  readonly cooccurrence: {
    readonly rows: readonly string[];
    readonly columns: readonly string[];
    readonly counts: readonly (readonly number[])[];
  };
}

export interface OverviewLimits {
  readonly entitiesPerType: number;
  readonly speakers: number;
  readonly people: number;
  readonly organisations: number;
}

export interface Corpus<L> {
  readonly documentCount: number;
  /** Adds a document or replaces its earlier summary. */
  set(document: CorpusDocument<L>): void;
  delete(uri: string): void;
  has(uri: string): boolean;
  uris(): readonly string[];
  entity(key: string): CorpusEntry<L> | undefined;
  /** Most mentioned first. */
  entities(): readonly CorpusEntry<L>[];
  /** Entities whose name contains the query (case-insensitive), or holds its letters in order; best matches first. */
  search(query: string, limit: number): readonly CorpusEntry<L>[];
  facts(key: string, uri: string): EntityFacts<L> | null;
  /** Speakers with most quotations first; quotations with no speaker last. */
  speakers(): readonly SpeakerEntry<L>[];
  overview(limits: OverviewLimits): CorpusOverview;
}

/** Longest quotation text a summary keeps: views show previews, and a summary must stay small. */
const QUOTE_TEXT_LIMIT = 500;

/**
 * The key that merges entities across documents: type plus the normal form, with case, «ё» and spacing
 * differences ignored.
 */
export function entityKey(type: EntityType, normal: string): string {
  return `${type}:${normal.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()}`;
}

function speakerPhraseKey(phrase: string): string {
  return `speaker:${phrase.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()}`;
}

export function summarizeAnalysis<L>(analysis: Analysis, locate: (span: Span) => L): DocumentSummary<L> {
  // Two clusters of one document with the same key (a name the grouping stage kept apart) become one entity.
  const keys = new Map<string, { key: string; type: EntityType }>();
  const byKey = new Map<string, { key: string; type: EntityType; name: string; roles: string[]; mentions: SummaryMention<L>[] }>();
  for (const cluster of analysis.clusters) {
    const key = entityKey(cluster.type, cluster.name);
    keys.set(cluster.id, { key, type: cluster.type });
    const entity = byKey.get(key);
    if (entity === undefined) {
      byKey.set(key, { key, type: cluster.type, name: cluster.name, roles: [...cluster.roles], mentions: [] });
    } else {
      entity.roles.push(...cluster.roles.filter((r) => !entity.roles.includes(r)));
    }
  }
  for (const mention of analysis.entities) {
    const key = keys.get(mention.cluster);
    if (key !== undefined) {
      byKey.get(key.key)!.mentions.push({ at: locate(mention), text: mention.text });
    }
  }
  const entities: SummaryEntity<L>[] = [...byKey.values()].filter((e) => e.mentions.length > 0);
  const quotes = analysis.quotes.map((quote): SummaryQuote<L> => {
    const speaker = quote.speakerName ?? quote.speaker?.text ?? null;
    const resolved = quote.speakerCluster === null ? undefined : keys.get(quote.speakerCluster);
    return {
      at: locate(quote),
      text: quote.text.length > QUOTE_TEXT_LIMIT ? `${quote.text.slice(0, QUOTE_TEXT_LIMIT - 1)}…` : quote.text,
      kind: quote.kind,
      cue: quote.cue?.text ?? null,
      speaker,
      speakerKey: resolved?.key ?? (speaker === null ? null : speakerPhraseKey(speaker)),
      speakerType: resolved?.type ?? null,
    };
  });
  return { entities, quotes };
}

export function createCorpus<L>(): Corpus<L> {
  const documents = new Map<string, CorpusDocument<L>>();
  // Per entity key and per speaker key, the documents holding it: updating one document touches only its own keys.
  const byEntity = new Map<string, Map<string, SummaryEntity<L>>>();
  const bySpeaker = new Map<string, Map<string, SummaryQuote<L>[]>>();
  const UNKNOWN_SPEAKER = '\u0000none';

  const add = <T>(index: Map<string, Map<string, T>>, key: string, uri: string, value: T): void => {
    let perDocument = index.get(key);
    if (perDocument === undefined) {
      perDocument = new Map();
      index.set(key, perDocument);
    }
    perDocument.set(uri, value);
  };
  const remove = <T>(index: Map<string, Map<string, T>>, key: string, uri: string): void => {
    const perDocument = index.get(key);
    if (perDocument !== undefined && perDocument.delete(uri) && perDocument.size === 0) {
      index.delete(key);
    }
  };

  const deleteDocument = (uri: string): void => {
    const old = documents.get(uri);
    if (old === undefined) {
      return;
    }
    documents.delete(uri);
    for (const entity of old.summary.entities) {
      remove(byEntity, entity.key, uri);
    }
    for (const quote of old.summary.quotes) {
      remove(bySpeaker, quote.speakerKey ?? UNKNOWN_SPEAKER, uri);
    }
  };

  const entryOf = (key: string): CorpusEntry<L> | undefined => {
    const perDocument = byEntity.get(key);
    if (perDocument === undefined) {
      return undefined;
    }
    const uris = [...perDocument.keys()].sort();
    const names = new Map<string, number>();
    const roles = new Map<string, number>();
    let mentionCount = 0;
    let type: EntityType = 'PER';
    for (const uri of uris) {
      const entity = perDocument.get(uri)!;
      type = entity.type;
      mentionCount += entity.mentions.length;
      names.set(entity.name, (names.get(entity.name) ?? 0) + 1);
      for (const role of new Set(entity.roles)) {
        roles.set(role, (roles.get(role) ?? 0) + 1);
      }
    }
    return {
      key,
      type,
      name: mostFrequent(names),
      mentionCount,
      documentCount: uris.length,
      roles: rankByCount(roles),
      documents: uris.map((uri) => ({ uri, mentions: perDocument.get(uri)!.mentions })),
    };
  };

  const allEntities = (): CorpusEntry<L>[] =>
    [...byEntity.keys()].map((key) => entryOf(key)!).sort((a, b) => b.mentionCount - a.mentionCount || b.documentCount - a.documentCount || compareText(a.name, b.name));

  const speakerEntry = (key: string): SpeakerEntry<L> => {
    const perDocument = bySpeaker.get(key)!;
    const quotes = [...perDocument.keys()].sort().flatMap((uri) => perDocument.get(uri)!.map((q) => ({ ...q, uri })));
    if (key === UNKNOWN_SPEAKER) {
      return { key: null, speaker: null, speakerType: null, quotes };
    }
    const entity = entryOf(key);
    const names = new Map<string, number>();
    for (const quote of quotes) {
      names.set(quote.speaker ?? '', (names.get(quote.speaker ?? '') ?? 0) + 1);
    }
    return { key, speaker: entity?.name ?? mostFrequent(names), speakerType: entity?.type ?? quotes[0]?.speakerType ?? null, quotes };
  };

  return {
    get documentCount() {
      return documents.size;
    },
    set(document) {
      deleteDocument(document.uri);
      documents.set(document.uri, document);
      for (const entity of document.summary.entities) {
        add(byEntity, entity.key, document.uri, entity);
      }
      const quotesBySpeaker = new Map<string, SummaryQuote<L>[]>();
      for (const quote of document.summary.quotes) {
        const key = quote.speakerKey ?? UNKNOWN_SPEAKER;
        const list = quotesBySpeaker.get(key) ?? [];
        list.push(quote);
        quotesBySpeaker.set(key, list);
      }
      for (const [key, quotes] of quotesBySpeaker) {
        add(bySpeaker, key, document.uri, quotes);
      }
    },
    delete: deleteDocument,
    has: (uri) => documents.has(uri),
    uris: () => [...documents.keys()].sort(),
    entity: entryOf,
    entities: allEntities,
    search(query, limit) {
      const wanted = query.toLowerCase().replace(/ё/g, 'е').trim();
      const scored: { entry: CorpusEntry<L>; score: number }[] = [];
      for (const key of byEntity.keys()) {
        const name = key.slice(key.indexOf(':') + 1);
        const score = matchScore(name, wanted);
        if (score > 0) {
          scored.push({ entry: entryOf(key)!, score });
        }
      }
      return scored
        .sort((a, b) => b.score - a.score || b.entry.mentionCount - a.entry.mentionCount || compareText(a.entry.name, b.entry.name))
        .slice(0, limit)
        .map((s) => s.entry);
    },
    facts(key, uri) {
      const entry = entryOf(key);
      if (entry === undefined) {
        return null;
      }
      let latestQuote: CorpusQuote<L> | null = null;
      let latestTime = -Infinity;
      for (const [quoteUri, quotes] of bySpeaker.get(key) ?? []) {
        const time = documents.get(quoteUri)?.time ?? 0;
        if (quoteUri !== uri && quotes.length > 0 && (time > latestTime || (time === latestTime && latestQuote !== null && quoteUri > latestQuote.uri))) {
          latestTime = time;
          latestQuote = { ...quotes[quotes.length - 1], uri: quoteUri };
        }
      }
      return { documentCount: entry.documentCount, roles: entry.roles, latestQuote };
    },
    speakers() {
      const known = [...bySpeaker.keys()].filter((k) => k !== UNKNOWN_SPEAKER).map(speakerEntry);
      known.sort((a, b) => b.quotes.length - a.quotes.length || compareText(a.speaker ?? '', b.speaker ?? ''));
      return bySpeaker.has(UNKNOWN_SPEAKER) ? [...known, speakerEntry(UNKNOWN_SPEAKER)] : known;
    },
    overview(limits) {
      const entities = allEntities();
      const topEntities: Partial<Record<EntityType, { name: string; mentions: number; documents: number }[]>> = {};
      for (const type of ENTITY_TYPES) {
        const top = entities.filter((e) => e.type === type).slice(0, limits.entitiesPerType);
        if (top.length > 0) {
          topEntities[type] = top.map((e) => ({ name: e.name, mentions: e.mentionCount, documents: e.documentCount }));
        }
      }
      const speakers = [...bySpeaker.keys()]
        .filter((k) => k !== UNKNOWN_SPEAKER)
        .map(speakerEntry)
        .map((s) => ({ name: s.speaker ?? '', quotes: s.quotes.length }))
        .sort((a, b) => b.quotes - a.quotes || compareText(a.name, b.name))
        .slice(0, limits.speakers);
      const byDocuments = (type: EntityType, count: number): CorpusEntry<L>[] =>
        entities
          .filter((e) => e.type === type)
          .sort((a, b) => b.documentCount - a.documentCount || b.mentionCount - a.mentionCount || compareText(a.name, b.name))
          .slice(0, count);
      const people = byDocuments('PER', limits.people);
      const organisations = byDocuments('ORG', limits.organisations);
      const organisationDocuments = organisations.map((o) => new Set(o.documents.map((d) => d.uri)));
      return {
        documentCount: documents.size,
        topEntities,
        speakers,
        cooccurrence: {
          rows: people.map((p) => p.name),
          columns: organisations.map((o) => o.name),
          counts: people.map((p) => organisationDocuments.map((inOrganisation) => p.documents.filter((d) => inOrganisation.has(d.uri)).length)),
        },
      };
    },
  };
}

/**
 * How well a name matches a search: at its start, at a word's start, anywhere, or as letters in order
 * («жмнг» finds «жумангарин»); 0 for no match.
 */
function matchScore(name: string, query: string): number {
  if (query === '') {
    return 1;
  }
  const at = name.indexOf(query);
  if (at === 0) {
    return 4;
  }
  if (at > 0) {
    return /[\s\-«"(]/.test(name[at - 1]) ? 3 : 2;
  }
  let i = 0;
  for (const c of name) {
    if (c === query[i]) {
      i++;
      if (i === query.length) {
        return 1;
      }
    }
  }
  return 0;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && (value.length > best.length || (value.length === best.length && compareText(value, best) < 0)))) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function rankByCount(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([value]) => value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
