/**
 * The Russian name model: its weights file loads and is checked on load, its names on invented sentences
 * are sensible (cases in inline markup, PER/ORG/LOC only), its decoding yields well-formed BIO, and both
 * decoding and training are deterministic.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NER_CLUSTERS_RESOURCE, NER_LEXICON_RESOURCE, NER_MODEL_RESOURCE, loadNerModel } from '../../server/src/engine/entities/model';
import { NO_CLUSTERS, clusterKey, decodeClusters, encodeClusters } from '../../server/src/engine/entities/ner/clusters';
import { NO_LEXICON, decodeLexicon, encodeLexicon, matchLexicon } from '../../server/src/engine/entities/ner/lexicon';
import { viterbi } from '../../server/src/engine/entities/ner/decode';
import { Domain, extractFeatures } from '../../server/src/engine/entities/ner/features';
import { LABEL_COUNT, allowedTransition, beginLabel, labelName } from '../../server/src/engine/entities/ner/labels';
import { applyDocumentConsistency } from '../../server/src/engine/entities/ner/consistency';
import { joinLatinRuns } from '../../server/src/engine/entities/ner/latinRuns';
import { decodeWeights, encodeWeights } from '../../server/src/engine/entities/ner/weights';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens, type TaggedDocument } from '../../server/src/engine/tokens/tag';
import { createResourceReader } from '../../server/src/host/resources';
import { learnClusters } from '../../scripts/train/clusters';
import { learnLexicon } from '../../scripts/train/lexicon';
import { trainBagged, trainPerceptron } from '../../scripts/train/perceptron';

const read = createResourceReader();
const morphology = loadMorphology(read);
const model = loadNerModel(read);

function tag(text: string): TaggedDocument {
  const segments = segment(text);
  return { text, language: 'ru', segments, tokens: tagTokens(segments, morphology) };
}

/** Runs the model on the markup's plain text and gives back the text with the model's names marked up. */
function check(markup: string): void {
  const text = markup.replace(/\[[A-Z]+ |\]/g, '');
  const spans = model.predict(tag(text));
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += `${text.slice(at, s.start)}[${s.type} ${text.slice(s.start, s.end)}]`;
    at = s.end;
  }
  assert.equal(out + text.slice(at), markup);
}

describe('NER name lexicon', () => {
  // Invented names: the lexicon is keyed by lemmas, so an oblique form matches the nominative it was learnt as.
  const lexicon = decodeLexicon(encodeLexicon([
    { key: 'совет старейшина', type: 'ORG', documents: 3 },
    { key: 'заречье', type: 'LOC', documents: 1 },
  ]));
  const codes = (text: string): string => Array.from(matchLexicon(tag(text).tokens, lexicon)).join(' ');

  test('marks the longest known name from its first word, in any case', () => {
    assert.equal(codes('Глава Совета старейшин Заречья уехал'), '0 21 5 18 0');
    assert.equal(codes('совета старейшин нет'), '0 0 0');
  });

  test('the shipped file loads', () => {
    assert.doesNotThrow(() => decodeLexicon(read(NER_LEXICON_RESOURCE)));
    assert.throws(() => decodeLexicon(new TextEncoder().encode('lexicon 1\n')), /header/);
  });

  test('leaves a training document\'s own names out of its view', () => {
    const documents = ['Совет старейшин собрался.', 'Совет старейшин заседал в Заречье.'].map((text) => {
      const tagged = tag(text);
      const at = (word: string): { start: number; end: number } => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
      const spans = [{ type: 'ORG', ...at('Совет старейшин') }, ...(text.includes('Заречье') ? [{ type: 'LOC', ...at('Заречье') }] : [])];
      return { tagged, spans };
    });
    const learned = learnLexicon(documents);
    assert.equal(learned.full.codeOf('совет старейшина'), 1 | (1 << 2));
    assert.equal(learned.leavingOut(0).codeOf('совет старейшина'), 1);
    assert.equal(learned.leavingOut(1).codeOf('заречье'), 0);
    assert.equal(learned.leavingOut(0).codeOf('заречье'), 2);
  });
});

describe('NER weights file', () => {
  const bytes = read(NER_MODEL_RESOURCE);

  test('loads and has the expected shape', () => {
    const weights = decodeWeights(bytes);
    assert.equal(weights.weights.length, weights.buckets * LABEL_COUNT);
    assert.equal(weights.transitions.length, (LABEL_COUNT + 1) * LABEL_COUNT);
  });

  test('is refused when damaged or of another version', () => {
    const badMagic = new Uint8Array(bytes);
    badMagic[0] = 0;
    assert.throws(() => decodeWeights(badMagic), /bad magic/);
    const otherVersion = new Uint8Array(bytes);
    otherVersion[4] = 99;
    assert.throws(() => decodeWeights(otherVersion), /format 99/);
    assert.throws(() => decodeWeights(bytes.subarray(0, bytes.length - 1)), /size/);
  });

  test('scales the bytes by the largest weight, so none is clipped', () => {
    const floats = new Float64Array(LABEL_COUNT * 2);
    floats.set([-254, 2, -6, 0.9, 1.5, 0, 100]);
    const decoded = decodeWeights(encodeWeights(2, new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT), floats));
    assert.deepEqual(Array.from(decoded.weights.subarray(0, LABEL_COUNT), (w) => w * decoded.scale), [-254, 2, -6, 0, 2, 0, 100]);
  });
});

describe('NER word clusters file', () => {
  test('loads, and knows common lemmas', () => {
    const clusters = decodeClusters(read(NER_CLUSTERS_RESOURCE));
    const [token] = tag('министерства').tokens;
    const ids = clusters.ids.get(clusterKey(token)) ?? 0;
    assert.ok((ids & 0xffff) > 0 && ids >>> 16 > 0, `no clusters for ${clusterKey(token)}`);
  });

  test('survives a round trip and is refused with another header', () => {
    const bytes = encodeClusters(['мэр', 'губернатор'], [3, 3], [0, 1]);
    assert.deepEqual([...decodeClusters(bytes).ids], [['мэр', 4 | (1 << 16)], ['губернатор', 4 | (2 << 16)]]);
    assert.throws(() => decodeClusters(new TextEncoder().encode('clusters 1 1 1\n')), /header/);
  });
});

describe('names on invented sentences', () => {
  const cases = [
    'Президент [LOC Узбекистана] [PER Бахтияр Турсунов] прилетел в [LOC Ташкент] вместе с главой [ORG Лукойла].',
    'Министр финансов [PER Ольга Веретенникова] выступила в [LOC Новосибирске] на форуме.',
    'Акции [ORG Сбербанка] подорожали, сообщает агентство [ORG Интерфакс].',
    '[PER Марат Жаксылыков] родился в [LOC Караганде]. Позже [PER Жаксылыков] переехал в [LOC Алматы].',
    'Губернатор [LOC Томской области] [PER Игорь Светлов] посетил [ORG Томский политехнический университет].',
    'Вчера в [LOC Париже] прошла встреча министров иностранных дел [LOC Франции] и [LOC Германии].',
  ];
  for (const markup of cases) {
    test(markup, () => check(markup));
  }
});

describe('decoding', () => {
  test('never yields I-X after anything but B-X or I-X', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(random() * 20);
      const emissions = Float64Array.from({ length: n * LABEL_COUNT }, () => random() * 10 - 5);
      const transitions = Float64Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, () => random() * 10 - 5);
      const labels = viterbi(emissions, transitions, n);
      labels.forEach((y, i) => assert.ok(allowedTransition(i === 0 ? 0 : labels[i - 1], y), `label ${y} at ${i} after ${labels[i - 1]}`));
    }
  });

  test('is deterministic', () => {
    const document = tag('Глава компании Ростелеком Алексей Митрофанов прилетел в Казань.');
    assert.deepEqual(model.predict(document), model.predict(document));
  });
});

describe('runs of capitalised Latin words', () => {
  // [text, words the model tagged as B-ORG, the labels after joining]
  const cases: readonly [string, readonly string[], string][] = [
    ['Подрядчик Delta Ridge Works сдал объект.', ['Ridge'], 'O B-ORG I-ORG I-ORG O O O'],
    ['Подрядчик Delta Ridge Works сдал объект.', [], 'O O O O O O O'],
    ['Подрядчик Delta Ridge Works сдал объект.', ['Delta', 'Works'], 'O B-ORG I-ORG I-ORG O O O'],
    ['Подрядчик Delta, Ridge сдал объект.', ['Ridge'], 'O O O B-ORG O O O'],
  ];
  for (const [text, tagged, expected] of cases) {
    test(`${text} ${tagged.join('+')}`, () => {
      const document = tag(text);
      const labels = Uint8Array.from(document.tokens, (t) => (tagged.includes(t.text) ? beginLabel('ORG') : 0));
      assert.equal(Array.from(joinLatinRuns(document.tokens, labels), labelName).join(' '), expected);
    });
  }
});

describe('the document pass on labels the model might give', () => {
  // [text, the model's labels by word, the labels after the document pass]
  const cases: readonly [string, Readonly<Record<string, string>>, string][] = [
    // A surname tagged alone takes in the capitalised word before it as its first name. «Добромил» is unknown to
    // az, «Ратибор» a first name it knows; «Сорокин» and «Ветров» are surnames to az.
    ['Глава правления Добромил Сорокин выступил.', { правления: 'B-ORG', Добромил: 'I-ORG', Сорокин: 'B-PER' }, 'O O B-PER I-PER O O'],
    ['Глава правления Ратибор Ветров выступил.', { Ветров: 'B-PER' }, 'O O B-PER I-PER O O'],
    // A place az knows before the surname stays a place; first in a sentence, only a known first name joins.
    ['Мэр Самары Сорокин выступил.', { Самары: 'B-LOC', Сорокин: 'B-PER' }, 'O B-LOC B-PER O O'],
    ['Вчера Сорокин выступил.', { Сорокин: 'B-PER' }, 'O B-PER O O'],
    ['Ратибор Ветров выступил.', { Ветров: 'B-PER' }, 'B-PER I-PER O O'],
    // An ORG or LOC starts at its first capitalised word: lower-case words and marks before it are a descriptor.
    ['Сотрудники технопарка «Алтын» приехали.', { технопарка: 'B-ORG', '«': 'I-ORG', Алтын: 'I-ORG' }, 'O O O B-ORG O O O'],
    ['Совет директоров одобрил сделку.', { Совет: 'B-ORG', директоров: 'I-ORG' }, 'B-ORG I-ORG O O O'],
    ['На южном Урале тепло.', { южном: 'B-LOC', Урале: 'I-LOC' }, 'O O B-LOC O O'],
  ];
  for (const [text, tagged, expected] of cases) {
    test(`${text} ${Object.entries(tagged).map(([w, l]) => `${w}:${l}`).join(' ')}`, () => {
      const document = tag(text);
      const labels = Uint8Array.from(document.tokens, (t) => {
        const label = tagged[t.text];
        return label === undefined ? 0 : beginLabel(label.slice(2) as 'PER' | 'ORG' | 'LOC') + (label.startsWith('I-') ? 1 : 0);
      });
      assert.equal(Array.from(applyDocumentConsistency(document.tokens, labels), labelName).join(' '), expected);
    });
  }
});

describe('training', () => {
  test('gives the same weights for the same seed', () => {
    const document = tag('Депутат Сергей Орлов приехал в Самару. Орлов встретился с жителями Самары.');
    const features = extractFeatures(document, { buckets: 1 << 10, domain: Domain.Shipped, cache: new Map(), clusters: NO_CLUSTERS, lexicon: NO_LEXICON });
    const gold = new Uint8Array(document.tokens.length);
    gold[1] = 1;
    gold[2] = 2;
    const sequences = [{ features, gold }];
    const train = (): Float64Array => trainPerceptron(sequences, { buckets: 1 << 10, epochs: 3, seed: 42 }).weights;
    assert.deepEqual(train(), train());
    const bagged = (members: number): Float64Array => trainBagged(sequences, { buckets: 1 << 10, epochs: 3, seed: 42, members }).weights;
    assert.deepEqual(bagged(1), train());
    assert.deepEqual(bagged(3), bagged(3));
  });

  test('gives the same word clusters for the same text and seed', () => {
    const documents = ['Мэр Самары приехал в Казань.', 'Губернатор Самары приехал в Пермь.', 'Мэр Перми уехал в Казань.'].map(tag);
    const options = { fine: 3, coarse: 2, minCount: 1, contexts: 20, iterations: 4, seed: 5 };
    const first = learnClusters(documents, options);
    assert.deepEqual(learnClusters(documents, options), first);
    assert.ok(first.lemmas.includes('самара') && first.fine.every((c) => c >= 0 && c < 3));
  });
});
