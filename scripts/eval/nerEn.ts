// `npm run eval -- ner-en`: exact-span precision/recall/F1 for PER, ORG, LOC on the hand-annotated English dev set
// (../shared/data/ner-en/dev.jsonl), running the full analyzer with language 'en', plus speed in articles/s.
// PRESSTAG_EVAL_ERRORS=1 also prints every missed and spurious span, which is how the rules were tuned.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../../server/src/engine/index';
import { createResourceReader } from '../../server/src/host/resources';
import { findEnglishEntities } from '../../server/src/engine/entities/english/find';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens } from '../../server/src/engine/tokens/tag';

const SCORED = ['PER', 'ORG', 'LOC'] as const;

interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly text: string;
}

interface GoldDocument {
  readonly source: string;
  readonly entities: readonly GoldSpan[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export async function run(dataDir: string): Promise<void> {
  const file = path.join(dataDir, 'ner-en', 'dev.jsonl');
  if (!fs.existsSync(file)) {
    console.log(`no ${file}: skipped`);
    return;
  }
  const documents = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDocument);
  const texts = documents.map((d) => fs.readFileSync(path.join(dataDir, d.source), 'utf8'));
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  const options = { format: 'plain', language: 'en', corrections: [] } as const;
  const showErrors = process.env.PRESSTAG_EVAL_ERRORS === '1';

  const coldStart = performance.now();
  analyzer.analyze(texts[0], options);
  const coldMs = performance.now() - coldStart;

  const counts = new Map<string, Counts>(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  documents.forEach((document, i) => {
    const analysis = analyzer.analyze(texts[i], options);
    const predicted = analysis.entities.filter((e) => (SCORED as readonly string[]).includes(e.type));
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(document.entities.map(key));
    const found = new Set(predicted.map(key));
    for (const e of predicted) {
      const c = counts.get(e.type)!;
      if (gold.has(key(e))) {
        c.tp++;
      } else {
        c.fp++;
        if (showErrors) {
          console.log(`  + ${e.type} ${JSON.stringify(e.text)} @${e.start} ${contextOf(texts[i], e.start, e.end)}`);
        }
      }
    }
    for (const e of document.entities) {
      if (!found.has(key(e))) {
        counts.get(e.type)!.fn++;
        if (showErrors) {
          console.log(`  - ${e.type} ${JSON.stringify(e.text)} @${e.start} ${contextOf(texts[i], e.start, e.end)}`);
        }
      }
    }
  });

  const rounds = 5;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    // The analyzer caches results by text: line breaks added at the end make every round's texts new to it.
    const suffix = '\n'.repeat(r + 1);
    for (const text of texts) {
      analyzer.analyze(text + suffix, options);
    }
  }
  const warmMs = performance.now() - started;
  const documentsForStage = texts.map((text) => {
    const segments = segment(text);
    return { text, language: 'en' as const, segments, tokens: tagTokens(segments, null) };
  });
  const stageStarted = performance.now();
  for (let r = 0; r < rounds; r++) {
    documentsForStage.forEach((d) => findEnglishEntities(d));
  }
  const stageMs = performance.now() - stageStarted;
  const characters = texts.reduce((sum, t) => sum + t.length, 0);

  console.log('type   P      R      F1     (tp/fp/fn)');
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const type of SCORED) {
    const c = counts.get(type)!;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    console.log(formatRow(type, c));
  }
  console.log(formatRow('all', total));
  const articlesPerSecond = (rounds * texts.length * 1000) / warmMs;
  const msPer3Kb = (warmMs / rounds / characters) * 3000;
  console.log(
    `speed: ${articlesPerSecond.toFixed(1)} articles/s warm (${documents.length} articles, ${characters} chars, ` +
      `${msPer3Kb.toFixed(1)} ms per 3 KB); first document ${coldMs.toFixed(0)} ms cold`,
  );
  console.log(`English entity stage alone: ${((stageMs / rounds / characters) * 3000).toFixed(1)} ms per 3 KB warm`);
}

function formatRow(label: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${label.padEnd(6)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  (${c.tp}/${c.fp}/${c.fn})`;
}

/** A line of context with the span in brackets; offsets are code points, as in the gold file. */
function contextOf(text: string, start: number, end: number): string {
  const chars = Array.from(text);
  const before = chars.slice(Math.max(0, start - 40), start).join('');
  const after = chars.slice(end, end + 40).join('');
  return `…${before}[${chars.slice(start, end).join('')}]${after}…`.replace(/\s+/g, ' ');
}
