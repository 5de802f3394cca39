// `npm run eval -- ner-ru`: Russian names through the full analyzer (what ships). Prints token-level
// P/R/F1 on the factRuEval devset (naeval's IO scheme), exact-span P/R/F1 on NEREL dev for PER, ORG, LOC,
// ROLE and DATE, then speed (articles/s, one core, warm), NER model load time and resident memory.
// The shipped model is trained on the factRuEval devset: its honest dev figure is the cross-validation
// printed by `npm run train -- --cv 5`.
import { createAnalyzer, createOffsetMap, type Analysis } from '../../server/src/engine';
import { loadNerModel } from '../../server/src/engine/entities/model';
import { createResourceReader } from '../../server/src/host/resources';
import { tagRussian, tokenSpans } from './lib/align';
import { readFactRu, readNerel, type GoldSpan } from './lib/corpora';
import { formatScores, scoreSpans, scoreTokens, type Scores } from './lib/score';

const NAME_TYPES = ['PER', 'LOC', 'ORG'];
const NEREL_TYPES = ['PER', 'ORG', 'LOC', 'ROLE', 'DATE'];

export async function run(dataDir: string): Promise<void> {
  const reader = createResourceReader();
  const loadStarted = performance.now();
  loadNerModel(reader);
  const loadMs = performance.now() - loadStarted;
  const analyzer = createAnalyzer({ readResource: reader });
  const failures: string[] = [];
  // A document the analyzer fails on scores as finding nothing, and the failure is reported, not hidden.
  const analyze = (text: string): Analysis | null => {
    try {
      return analyzer.analyze(text, { format: 'plain', language: 'ru', corrections: [] });
    } catch (error) {
      failures.push(String(error).split('\n')[0]);
      return null;
    }
  };

  const factru = readFactRu(dataDir, 'devset');
  const tokenScores: Scores = new Map();
  for (const d of factru) {
    const predicted = entitySpans(d.text, analyze(d.text)).filter((s) => NAME_TYPES.includes(s.type));
    const document = tagRussian(d.text);
    const gold = tokenSpans(document, d.spans);
    const found = tokenSpans(document, predicted);
    scoreTokens(
      tokenScores,
      Array.from(gold, (k) => (k < 0 ? null : d.spans[k].type)),
      Array.from(found, (k) => (k < 0 ? null : predicted[k].type)),
    );
  }
  console.log(`factRuEval devset (${factru.length} docs; trained on: see npm run train -- --cv 5), token-level:`);
  for (const line of formatScores(tokenScores, NAME_TYPES)) {
    console.log(`  ${line}`);
  }

  const nerel = readNerel(dataDir, 'dev');
  const spanScores: Scores = new Map();
  for (const d of nerel) {
    scoreSpans(spanScores, d.spans, entitySpans(d.text, analyze(d.text)), NEREL_TYPES);
  }
  console.log(`NEREL dev (${nerel.length} docs), exact span:`);
  for (const line of formatScores(spanScores, NEREL_TYPES)) {
    console.log(`  ${line}`);
  }

  const texts = [...factru, ...nerel].map((d) => d.text);
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  // The analyzer keeps each section's result by its exact text (a text under 24 KB is one section): line breaks
  // added at the end make every round's texts new to it, with its dictionaries and caches as warm as before.
  let seconds = 0;
  let cpuSeconds = 0;
  let rounds = 0;
  while (rounds === 0 || seconds < 3) {
    const suffix = '\n'.repeat(rounds + 1);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const t of texts) {
      analyze(t + suffix);
    }
    const cpu = process.cpuUsage(cpuStarted);
    seconds += (performance.now() - started) / 1000;
    // On a shared machine the wall clock measures the other processes too; CPU time is this process's own work.
    cpuSeconds += (cpu.user + cpu.system) / 1e6;
    rounds++;
  }
  const articles = (rounds * texts.length) / seconds;
  const perThreeKb = (rounds * chars) / 3000 / seconds;
  const perThreeKbCpu = (rounds * chars) / 3000 / cpuSeconds;
  console.log(
    `speed: ${articles.toFixed(0)} articles/s (mean ${(chars / texts.length / 1000).toFixed(1)}k chars), ${perThreeKb.toFixed(0)} 3-KB articles/s, warm, one core; ` +
      `by CPU time ${perThreeKbCpu.toFixed(0)} 3-KB articles/s`,
  );
  if (failures.length > 0) {
    console.log(`analyzer failed on ${failures.length} document runs, first: ${failures[0]}`);
  }
  console.log(`NER model load: ${loadMs.toFixed(0)} ms; resident memory: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

/** The analysis's entities as spans with string indices into the text. */
function entitySpans(text: string, analysis: Analysis | null): GoldSpan[] {
  if (analysis === null) {
    return [];
  }
  const offsets = createOffsetMap(text);
  return analysis.entities.map((e) => ({ start: offsets.toUtf16(e.start), end: offsets.toUtf16(e.end), type: e.type }));
}
