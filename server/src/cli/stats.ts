/**
 * `presstag stats`: the corpus overview of a folder of articles, as the editor's overview shows it — the most
 * mentioned entities per type, the speakers with their quotation counts, the people and organisations named
 * together most often — as a table or as JSON. Each document's sidecar decisions (its "same entity" merges
 * among them) are applied, as in the editor.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, createCorpus, summarizeAnalysis, ENTITY_TYPES, type CorpusOverview, type Language, type Span } from '../engine';
import { createResourceReader } from '../host/resources';
import { storedDecisionsOf } from './decisions';
import { UsageError, choice, parseArgs } from './args';
import { formatOf, readInput } from './files';

export const STATS_USAGE = 'presstag stats [--format table|json] [--lang auto|ru|en] DIR...';

const LIMITS = { entitiesPerType: 10, speakers: 15, people: 10, organisations: 10 };

/** Pairs of a person and an organisation the table lists. */
const PAIR_COUNT = 15;

const PRESS_FILE = /\.(txt|md|markdown)$/i;

/** Folders that hold tooling, not articles. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function runStats(argv: readonly string[]): number {
  const args = parseArgs(argv, ['format', 'lang']);
  const format = choice(args, 'format', ['table', 'json'], 'table', 'format');
  const language = choice<Language | 'auto'>(args, 'lang', ['auto', 'ru', 'en'], 'auto', 'language');
  if (args.positional.length === 0) {
    throw new UsageError('no folder given');
  }
  const files: string[] = [];
  for (const dir of args.positional) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new UsageError(`not a folder: ${dir}`);
    }
    files.push(...pressFilesUnder(dir));
  }
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  const corpus = createCorpus<Span>();
  let failed = false;
  for (const file of files) {
    const input = readInput(file);
    if (!input.ok) {
      failed = true;
      process.stderr.write(`presstag: ${input.error}\n`);
      continue;
    }
    // Decisions that cannot be read are reported; the document still counts, as the machine tagged it.
    const decisions = storedDecisionsOf(file);
    failed ||= !decisions.complete;
    const analysis = analyzer.analyze(input.text, { format: formatOf(file), language, corrections: decisions.corrections });
    corpus.set({ uri: file, time: 0, summary: summarizeAnalysis(analysis, (span) => span) });
  }
  const overview = corpus.overview(LIMITS);
  process.stdout.write(format === 'json' ? JSON.stringify(overview, null, 2) + '\n' : overviewTable(overview));
  return failed ? 1 : 0;
}

/** Press files under a folder, sorted, skipping tooling folders and hidden ones. */
function pressFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
      found.push(...pressFilesUnder(full));
    } else if (entry.isFile() && PRESS_FILE.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

export function overviewTable(overview: CorpusOverview): string {
  const lines = [`${overview.documentCount} ${overview.documentCount === 1 ? 'document' : 'documents'}`];
  for (const type of ENTITY_TYPES) {
    const top = overview.topEntities[type];
    if (top !== undefined && top.length > 0) {
      lines.push('', `${type}`, ...table(['mentions', 'documents', 'name'], top.map((e) => [String(e.mentions), String(e.documents), e.name])));
    }
  }
  if (overview.speakers.length > 0) {
    lines.push('', 'Speakers', ...table(['quotes', 'name'], overview.speakers.map((s) => [String(s.quotes), s.name])));
  }
  const { rows, columns, counts } = overview.cooccurrence;
  const pairs = rows
    .flatMap((person, i) => columns.map((organisation, j) => ({ person, organisation, count: counts[i][j] })))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, PAIR_COUNT);
  if (pairs.length > 0) {
    lines.push('', 'People and organisations in the same documents', ...table(['documents', 'person', 'organisation'], pairs.map((p) => [String(p.count), p.person, p.organisation])));
  }
  return lines.join('\n') + '\n';
}

/** Rows under a header, columns padded, counts aligned right; the last column (a name) is left as it is. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = header.map((_, i) => rows.every((r) => /^\d+$/.test(r[i])));
  const line = (cells: readonly string[]): string =>
    '  ' +
    cells
      .map((c, i) => (i === cells.length - 1 ? c : numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
