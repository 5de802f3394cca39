// `npm run eval -- quotes`: precision/recall/F1 of direct and indirect quotations and speaker accuracy on matched
// quotations, on ../shared/data/quotes-ru/dev.jsonl (Russian) and PolNeAR dev (English, direct quotations only),
// through the full analyzer; plus the cost: the quotation stage's share of engine CPU time.
// Spans match one to one when their characters overlap with Jaccard >= 0.5 after quote marks, punctuation and
// spaces are trimmed from both ends. PRESSTAG_EVAL_ERRORS=1 prints every miss, spurious quote and wrong speaker;
// PRESSTAG_EVAL_ERRORS=class prints the wrong speakers grouped by how the wrong one was reached (the resolution).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzer, type Analysis, type Language } from '../../server/src/engine/index';
import { createResourceReader } from '../../server/src/host/resources';
import { prepareText } from '../../server/src/engine/text/prepare';
import { segment } from '../../server/src/engine/segments/segment';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { findEntities } from '../../server/src/engine/entities/find';
import { loadNerModel } from '../../server/src/engine/entities/model';
import { groupMentions } from '../../server/src/engine/clusters/group';
import { findQuotes } from '../../server/src/engine/quotes/find';
import { addToList } from '../../server/src/engine/base/multiMap';

interface Span {
  readonly start: number;
  readonly end: number;
}

interface GoldQuote extends Span {
  readonly kind: 'direct' | 'indirect';
  /** Pieces of the span (PolNeAR spans can be discontinuous). */
  readonly pieces: readonly Span[];
  readonly speakerName: string | null;
  readonly speaker: readonly Span[];
  readonly text: string;
}

interface Case {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly GoldQuote[];
  /** Regions where a prediction counts neither way (PolNeAR contents that do not open with a mark). */
  readonly neutral: readonly Span[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerRight: number;
  speakerJudged: number;
}

const showErrors = process.env.PRESSTAG_EVAL_ERRORS === '1';
const showErrorClasses = process.env.PRESSTAG_EVAL_ERRORS === 'class';
const TRIM = /^[\s«»„“”"‘’'.,:;!?…—–\-()]+|[\s«»„“”"‘’'.,:;!?…—–\-()]+$/gu;

export async function run(dataDir: string): Promise<void> {
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  const russian = readRussian(dataDir);
  const english = readPolnear(dataDir);
  if (russian.length > 0) {
    report('quotes-ru dev', russian, 'ru', analyzer.analyze.bind(analyzer), ['direct', 'indirect'], sameRussianSpeaker);
  } else {
    console.log('quotes-ru: no data, skipped');
  }
  if (english.length > 0) {
    report('PolNeAR dev', english, 'en', analyzer.analyze.bind(analyzer), ['direct'], sameEnglishSpeaker);
  } else {
    console.log('PolNeAR: no data, skipped');
  }
  cost([...russian.map((c) => ({ c, language: 'ru' as const })), ...english.map((c) => ({ c, language: 'en' as const }))], analyzer.analyze.bind(analyzer));
}

type Analyze = (source: string, options: { format: 'plain'; language: Language; corrections: [] }) => Analysis;
type Judge = (gold: GoldQuote, predicted: Analysis['quotes'][number], text: string) => boolean;

function report(title: string, cases: readonly Case[], language: Language, analyze: Analyze, kinds: readonly ('direct' | 'indirect')[], judge: Judge): void {
  const tallies = new Map(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0, speakerRight: 0, speakerJudged: 0 } as Tally]));
  const wrongByClass = new Map<string, string[]>();
  const started = performance.now();
  for (const c of cases) {
    const analysis = analyze(c.text, { format: 'plain', language, corrections: [] });
    for (const kind of kinds) {
      const tally = tallies.get(kind)!;
      const gold = c.gold.filter((g) => g.kind === kind);
      const predicted = analysis.quotes.filter((q) => q.kind === kind);
      const used = new Set<number>();
      const matchedPredictions = new Set<number>();
      for (const g of gold) {
        let best = -1;
        let bestScore = 0.5;
        predicted.forEach((p, k) => {
          const score = jaccard(c.text, g.pieces, [p]);
          if (!used.has(k) && score >= bestScore) {
            best = k;
            bestScore = score;
          }
        });
        if (best < 0) {
          tally.fn++;
          if (showErrors) {
            console.log(`  MISS ${kind} ${c.id} [${g.start}] ${clip(g.text)}`);
          }
          continue;
        }
        used.add(best);
        matchedPredictions.add(best);
        tally.tp++;
        tally.speakerJudged++;
        const p = predicted[best];
        if (judge(g, p, c.text)) {
          tally.speakerRight++;
          continue;
        }
        const line = `  SPEAKER ${kind} ${c.id} gold=${g.speakerName ?? goldSource(c.text, g)} got=${p.speakerName} (${p.speaker?.text ?? '-'}, ${p.resolution}) ${clip(p.text)}`;
        if (showErrors) {
          console.log(line);
        }
        addToList(wrongByClass, p.resolution, line);
      }
      predicted.forEach((p, k) => {
        if (matchedPredictions.has(k) || c.neutral.some((n) => p.start >= n.start && p.end <= n.end)) {
          return;
        }
        tally.fp++;
        if (showErrors) {
          console.log(`  SPURIOUS ${kind} ${c.id} [${p.start}] ${p.rule} ${clip(p.text)}`);
        }
      });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${title}: ${cases.length} documents, ${(cases.length / seconds).toFixed(1)} documents/s`);
  for (const [kind, t] of tallies) {
    const p = t.tp / Math.max(1, t.tp + t.fp);
    const r = t.tp / Math.max(1, t.tp + t.fn);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    const acc = t.speakerRight / Math.max(1, t.speakerJudged);
    console.log(`  ${kind.padEnd(8)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})  speaker accuracy ${acc.toFixed(3)} (${t.speakerRight}/${t.speakerJudged})`);
  }
  if (showErrorClasses) {
    for (const [resolution, lines] of [...wrongByClass].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  wrong speakers reached by ${resolution}: ${lines.length}`);
      lines.forEach((line) => console.log(`  ${line}`));
    }
  }
}

/** Character Jaccard of two sets of spans, each trimmed of marks, punctuation and spaces at its edges. */
function jaccard(text: string, a: readonly Span[], b: readonly Span[]): number {
  const left = charSet(text, a);
  const right = charSet(text, b);
  let both = 0;
  for (const i of left) {
    if (right.has(i)) {
      both++;
    }
  }
  const union = left.size + right.size - both;
  return union === 0 ? 0 : both / union;
}

function charSet(text: string, spans: readonly Span[]): Set<number> {
  const set = new Set<number>();
  for (const s of spans) {
    const piece = [...text].slice(s.start, s.end).join('');
    const lead = piece.length - piece.replace(/^[\s«»„“”"‘’'.,:;!?…—–\-()]+/u, '').length;
    const tail = piece.length - piece.replace(/[\s«»„“”"‘’'.,:;!?…—–\-()]+$/u, '').length;
    // Lengths above are in UTF-16 units; marks and punctuation are all single units, so they are code points too.
    for (let i = s.start + lead; i < s.end - tail; i++) {
      set.add(i);
    }
  }
  return set;
}

/** PolNeAR gives no speaker name: the gold Source's text stands for it in the error lists. */
function goldSource(text: string, gold: GoldQuote): string {
  return gold.speaker.length === 0 ? 'null' : `[${gold.speaker.map((g) => [...text].slice(g.start, g.end).join('')).join(' … ')}]`;
}

function normaliseName(name: string | null): string {
  return (name ?? '').toLowerCase().replace(/ё/gu, 'е').replace(TRIM, '').replace(/["«»“”„]/gu, '').replace(/\s+/gu, ' ');
}

/** Russian speakers are judged by canonical name (GUIDELINES.md: speaker_name). */
function sameRussianSpeaker(gold: GoldQuote, predicted: Analysis['quotes'][number]): boolean {
  return normaliseName(gold.speakerName) === normaliseName(predicted.speakerName);
}

/**
 * PolNeAR gives the source mention, not a canonical name: right when the predicted speaker mention overlaps the
 * Source span, or the predicted name shares its last word with the Source's text (Trump ↔ Donald Trump).
 */
function sameEnglishSpeaker(gold: GoldQuote, predicted: Analysis['quotes'][number], text: string): boolean {
  if (gold.speaker.length === 0) {
    return predicted.speaker === null;
  }
  const s = predicted.speaker;
  if (s !== null && gold.speaker.some((g) => s.start < g.end && g.start < s.end)) {
    return true;
  }
  const source = gold.speaker.map((g) => [...text].slice(g.start, g.end).join('')).join(' ').toLowerCase();
  const last = (predicted.speakerName ?? '').toLowerCase().split(/\s+/u).pop() ?? '';
  return last.length > 1 && new RegExp(`(^|[^\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}([^\\p{L}]|$)`, 'u').test(source);
}

function readRussian(dataDir: string): Case[] {
  const file = path.join(dataDir, 'quotes-ru', 'dev.jsonl');
  if (!fs.existsSync(file)) {
    return [];
  }
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const d = JSON.parse(line) as { source: string; quotes: { start: number; end: number; text: string; kind: 'direct' | 'indirect'; speaker: Span | null; speaker_name: string | null }[] };
      const text = fs.readFileSync(path.join(dataDir, d.source), 'utf8');
      const gold = d.quotes.map((q): GoldQuote => ({ start: q.start, end: q.end, kind: q.kind, pieces: [q], text: q.text, speakerName: q.speaker_name, speaker: q.speaker === null ? [] : [q.speaker] }));
      return { id: path.basename(d.source), text, gold, neutral: [] };
    });
}

/**
 * PolNeAR dev: one annotation file per text (the first annotator's). A direct quotation is each piece of a
 * Content that opens with a quotation mark; Contents that do not are neutral ground.
 */
function readPolnear(dataDir: string): Case[] {
  const dir = path.join(dataDir, 'PolNeAR', 'data', 'dev');
  if (!fs.existsSync(dir)) {
    return [];
  }
  const cases: Case[] = [];
  const annotations = fs.readdirSync(path.join(dir, 'attributions')).sort();
  const seen = new Set<string>();
  for (const file of annotations) {
    const name = file.replace(/_[^_]+\.ann$/u, '');
    if (seen.has(name)) {
      continue;
    }
    seen.add(name);
    const text = fs.readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const lines = fs.readFileSync(path.join(dir, 'attributions', file), 'utf8').split('\n');
    const joined: string[] = [];
    for (const line of lines) {
      if (/^[TER]\d+\t/u.test(line) || joined.length === 0) {
        joined.push(line);
      } else {
        joined[joined.length - 1] += `\n${line}`;
      }
    }
    const spans = new Map<string, { type: string; pieces: Span[] }>();
    const events: Record<string, string>[] = [];
    for (const line of joined) {
      const [id, body] = line.split('\t');
      if (id?.startsWith('T')) {
        const [type, ...offsets] = body.split(' ');
        const pieces = offsets.join(' ').split(';').map((p) => {
          const [s, e] = p.split(' ').map(Number);
          return { start: s, end: e };
        });
        spans.set(id, { type, pieces });
      } else if (id?.startsWith('E')) {
        events.push(Object.fromEntries(body.split(' ').map((kv) => kv.split(':') as [string, string])));
      }
    }
    const chars = [...text];
    const gold: GoldQuote[] = [];
    const neutral: Span[] = [];
    for (const e of events) {
      const content = e.Content === undefined ? undefined : spans.get(e.Content);
      if (content === undefined) {
        continue;
      }
      const source = e.Source === undefined ? [] : spans.get(e.Source)?.pieces ?? [];
      const first = chars.slice(content.pieces[0].start, content.pieces[0].end).join('').trimStart();
      if (!/^["“‘]/u.test(first)) {
        neutral.push(...content.pieces);
        continue;
      }
      for (const piece of content.pieces) {
        const pieceText = chars.slice(piece.start, piece.end).join('');
        if (/^\s*["“‘]/u.test(pieceText)) {
          gold.push({ start: piece.start, end: piece.end, kind: 'direct', pieces: [piece], text: pieceText, speakerName: null, speaker: source });
        } else {
          neutral.push(piece);
        }
      }
    }
    cases.push({ id: name, text, gold, neutral });
  }
  return cases;
}

/**
 * The process's CPU time in milliseconds: on a machine shared by several jobs, wall-clock time counts the waits
 * for a core too, which swing the share by ±30 % from run to run.
 */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Rounds of the cost measure; each document's least time over them counts (PRESSTAG_EVAL_COST_ROUNDS). */
const COST_ROUNDS = Math.max(1, Number(process.env.PRESSTAG_EVAL_COST_ROUNDS ?? 3));

/**
 * The quotation stage's share of engine time: the analyzer's CPU time per document against findQuotes alone,
 * each the least over COST_ROUNDS rounds, so a burst of other work on the machine counts in neither.
 */
function cost(cases: readonly { c: Case; language: Language }[], analyze: Analyze): void {
  const read = createResourceReader();
  const morphology = loadMorphology(read);
  const nerModel = loadNerModel(read);
  const engineMs = cases.map(() => Infinity);
  const quotesMs = cases.map(() => Infinity);
  for (let round = 0; round < COST_ROUNDS; round++) {
    cases.forEach(({ c, language }, k) => {
      // The analyzer keeps each section's result by its exact text, and has analysed this one before: line breaks
      // added at the end make it a text not seen yet (same words, so the dictionaries are as warm as before).
      const text = c.text + '\n'.repeat(round + 1);
      const t0 = cpuMs();
      analyze(text, { format: 'plain', language, corrections: [] });
      engineMs[k] = Math.min(engineMs[k], cpuMs() - t0);
      const prepared = prepareText(text, 'plain');
      const segments = segment(prepared.text);
      const document = { text: prepared.text, language, segments, tokens: tagTokens(segments, language === 'ru' ? morphology : null) };
      const grouped = groupMentions(document, findEntities(document, { nerModel: () => nerModel }));
      const t1 = cpuMs();
      findQuotes(document, grouped);
      quotesMs[k] = Math.min(quotesMs[k], cpuMs() - t1);
    });
  }
  for (const language of ['ru', 'en'] as const) {
    const ks = cases.flatMap((x, k) => (x.language === language ? [k] : []));
    if (ks.length === 0) {
      continue;
    }
    const engine = ks.reduce((sum, k) => sum + engineMs[k], 0);
    const quotes = ks.reduce((sum, k) => sum + quotesMs[k], 0);
    console.log(
      `cost (${language}): quotation finding ${quotes.toFixed(0)} ms of ${engine.toFixed(0)} ms engine CPU time = ${((100 * quotes) / engine).toFixed(1)} % (${ks.length} documents, least of ${COST_ROUNDS} rounds each)`,
    );
  }
}

function clip(s: string): string {
  const one = s.replace(/\s+/gu, ' ');
  return one.length > 110 ? `${one.slice(0, 110)}…` : one;
}
