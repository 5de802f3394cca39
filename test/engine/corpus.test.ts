/**
 * The corpus view: documents' entities merged by type and normal form, counts, roles, speakers, hover facts,
 * search, the overview, and updates when a document changes or goes. Documents are written in the markup of
 * the case tables, extended for the corpus: `[PER Ивана Петрова=Иван Петров]` gives a normal form,
 * `[ROLE министр] [PER …]` gives the person the role, and `[QUOTE …]` is a quotation of the last person tagged before it.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCorpus, summarizeAnalysis, type Analysis, type Cluster, type Corpus, type Entity, type EntityType, type Quote, type Span } from '../../server/src/engine';

const TAG = /\[([A-Z]+) ([^\]=]+)(?:=([^\]]+))?\]/g;

/** An Analysis as the engine would give it for the markup: one cluster per type and normal form. */
function analysisOf(markup: string): Analysis {
  let text = '';
  let last = 0;
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  const clusters = new Map<string, { id: string; type: EntityType; name: string; mentions: number[]; roles: string[] }>();
  let pendingRole: string | null = null;
  let lastPerson: { cluster: string; name: string } | null = null;
  for (const m of markup.matchAll(TAG)) {
    text += markup.slice(last, m.index);
    last = m.index + m[0].length;
    const [, type, shown, normal = shown] = m;
    const start = text.length;
    text += shown;
    if (type === 'QUOTE') {
      quotes.push({
        start,
        end: text.length,
        text: shown,
        kind: 'direct',
        cue: null,
        speaker: null,
        speakerName: lastPerson?.name ?? null,
        speakerCluster: lastPerson?.cluster ?? null,
        resolution: lastPerson === null ? 'none' : 'name',
        rule: 'test',
        origin: 'rule',
      });
      continue;
    }
    const key = `${type}:${normal}`;
    let cluster = clusters.get(key);
    if (cluster === undefined) {
      cluster = { id: `e${clusters.size + 1}`, type: type as EntityType, name: normal, mentions: [], roles: [] };
      clusters.set(key, cluster);
    }
    cluster.mentions.push(start);
    entities.push({ start, end: text.length, text: shown, type: type as EntityType, normal, cluster: cluster.id, origin: 'rule', rule: 'test' });
    if (type === 'ROLE') {
      pendingRole = normal;
    } else if (type === 'PER') {
      if (pendingRole !== null && !cluster.roles.includes(pendingRole)) {
        cluster.roles.push(pendingRole);
      }
      lastPerson = { cluster: cluster.id, name: normal };
      pendingRole = null;
    }
  }
  text += markup.slice(last);
  return { language: 'ru', text, entities, clusters: [...clusters.values()] as Cluster[], quotes, masked: [], problems: [] };
}

/** Mentions located as `uri@start` so merged documents show where each mention came from. */
function corpusOf(documents: Readonly<Record<string, string>>): Corpus<Span> {
  const corpus = createCorpus<Span>();
  let time = 0;
  for (const [uri, markup] of Object.entries(documents)) {
    corpus.set({ uri, time: time++, summary: summarizeAnalysis(analysisOf(markup), (s) => ({ start: s.start, end: s.end })) });
  }
  return corpus;
}

/** The corpus as lines: each entity with its counts, roles and the documents' mention texts. */
function render(corpus: Corpus<Span>): string[] {
  return corpus
    .entities()
    .map((e) => `${e.type} ${e.name} · ${e.mentionCount}/${e.documentCount}${e.roles.length > 0 ? ` · ${e.roles.join(', ')}` : ''} · ${e.documents.map((d) => `${d.uri}: ${d.mentions.map((m) => m.text).join(', ')}`).join('; ')}`);
}

function check(documents: Readonly<Record<string, string>>, expected: readonly string[]): void {
  assert.deepEqual(render(corpusOf(documents)), expected);
}

describe('corpus: merging', () => {
  test('one name in several forms across documents is one entity; counts add up', () => {
    check(
      {
        a: '[ROLE министр] [PER Иван Петров] прибыл в [LOC Омск]. [PER Петров] выступил.',
        b: 'Встреча с [PER Иваном Петровым=Иван Петров] прошла в [LOC Омске=Омск].',
      },
      ['PER Иван Петров · 2/2 · министр · a: Иван Петров; b: Иваном Петровым', 'LOC Омск · 2/2 · a: Омск; b: Омске', 'PER Петров · 1/1 · a: Петров', 'ROLE министр · 1/1 · a: министр'],
    );
  });

  test('case, «ё» and spacing do not split an entity; the type does', () => {
    check({ a: '[ORG Газпром] и [ORG ГАЗПРОМ]', b: '[LOC Газпром] и [PER Семён Орлов] и [PER Семен  Орлов]' }, [
      'ORG Газпром · 2/1 · a: Газпром, ГАЗПРОМ',
      'PER Семён Орлов · 2/1 · b: Семён Орлов, Семен  Орлов',
      'LOC Газпром · 1/1 · b: Газпром',
    ]);
  });

  test('roles rank by the number of documents that give them', () => {
    check({ a: '[ROLE мэр] [PER Анна Ветрова]', b: '[ROLE губернатор] [PER Анна Ветрова]', c: '[ROLE губернатор] [PER Анна Ветрова]' }, [
      'PER Анна Ветрова · 3/3 · губернатор, мэр · a: Анна Ветрова; b: Анна Ветрова; c: Анна Ветрова',
      'ROLE губернатор · 2/2 · b: губернатор; c: губернатор',
      'ROLE мэр · 1/1 · a: мэр',
    ]);
  });
});

describe('corpus: updates', () => {
  test('replacing a document drops its old entities; deleting one drops its share', () => {
    const corpus = corpusOf({ a: '[PER Иван Петров] в [LOC Омск]', b: '[PER Иван Петров]' });
    corpus.set({ uri: 'a', time: 5, summary: summarizeAnalysis(analysisOf('[ORG Совет] собрался'), (s) => s) });
    assert.deepEqual(render(corpus), ['PER Иван Петров · 1/1 · b: Иван Петров', 'ORG Совет · 1/1 · a: Совет']);
    corpus.delete('b');
    assert.deepEqual(render(corpus), ['ORG Совет · 1/1 · a: Совет']);
    assert.equal(corpus.entity('PER:иван петров'), undefined);
    assert.equal(corpus.documentCount, 1);
  });
});

describe('corpus: speakers and facts', () => {
  const corpus = corpusOf({
    a: '[PER Иван Петров] сказал: [QUOTE первое]. Потом: [QUOTE второе].',
    b: '[PER Ивана Петрова=Иван Петров] спросили. [QUOTE третье] [PER Анна Ветрова] [QUOTE четвёртое]',
    c: 'Без имени: [QUOTE пятое]',
  });

  test('quotations group by the speaker entity across documents, unattributed last', () => {
    assert.deepEqual(
      corpus.speakers().map((s) => `${s.speaker ?? '(none)'}: ${s.quotes.map((q) => `${q.uri} ${q.text}`).join(', ')}`),
      ['Иван Петров: a первое, a второе, b третье', 'Анна Ветрова: b четвёртое', '(none): c пятое'],
    );
  });

  test('hover facts: documents, roles, the latest quotation in another document', () => {
    const fromA = corpus.facts('PER:иван петров', 'a');
    assert.equal(fromA?.documentCount, 2);
    assert.equal(fromA?.latestQuote?.text, 'третье');
    assert.equal(corpus.facts('PER:иван петров', 'b')?.latestQuote?.text, 'второе');
    assert.equal(corpus.facts('PER:анна ветрова', 'b')?.latestQuote, null);
    assert.equal(corpus.facts('PER:никто', 'a'), null);
  });

  test('the overview: top entities per type, speakers, people × organisations by documents', () => {
    const overview = corpusOf({
      a: '[PER Иван Петров] из [ORG Совет] и [ORG Банк]: [QUOTE да]',
      b: '[PER Иван Петров] из [ORG Совет]',
      c: '[PER Анна Ветрова] из [ORG Банк]: [QUOTE нет] [QUOTE может быть]',
    }).overview({ entitiesPerType: 1, speakers: 5, people: 5, organisations: 5 });
    assert.deepEqual(overview, {
      documentCount: 3,
      topEntities: { PER: [{ name: 'Иван Петров', mentions: 2, documents: 2 }], ORG: [{ name: 'Банк', mentions: 2, documents: 2 }] },
      speakers: [
        { name: 'Анна Ветрова', quotes: 2 },
        { name: 'Иван Петров', quotes: 1 },
      ],
      cooccurrence: {
        rows: ['Иван Петров', 'Анна Ветрова'],
        columns: ['Банк', 'Совет'],
        counts: [
          [1, 2],
          [1, 0],
        ],
      },
    });
  });
});

describe('corpus: search', () => {
  const corpus = corpusOf({ a: '[PER Иван Петров] [PER Пётр Иванов] [ORG Петровский завод] [LOC Петропавловск]', b: '[PER Пётр Иванов]' });
  const names = (query: string): string[] => corpus.search(query, 10).map((e) => e.name);

  test('start of the name first (more mentions first), then a word start, then anywhere, then letters in order; case- and «ё»-insensitive', () => {
    assert.deepEqual(names('петр'), ['Пётр Иванов', 'Петровский завод', 'Петропавловск', 'Иван Петров']);
    assert.deepEqual(names('ИВАН'), ['Иван Петров', 'Пётр Иванов']);
    assert.deepEqual(names('пвлск'), ['Петропавловск']);
    assert.deepEqual(names('ъъъ'), []);
  });
});
