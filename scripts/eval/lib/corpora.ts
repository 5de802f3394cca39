/**
 * Readers of the Russian NER corpora in ../shared/data (factRuEval-2016, NEREL, BSNLP), each reduced to
 * flat typed spans over the document text with JavaScript string offsets. The reductions are documented in
 * docs/eval/ner.md; training and evaluation share them so the two measure the same thing.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createOffsetMap } from '../../../server/src/engine';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

/**
 * factRuEval-2016 as naeval reduces it: Person → PER over the whole object extent, Org → ORG over its
 * org_name spans, Location and LocOrg → LOC over their loc_name spans; overlapping spans are then dropped.
 */
export function readFactRu(dataDir: string, part: 'devset' | 'testset'): GoldDocument[] {
  const dir = path.join(dataDir, 'factRuEval-2016', part);
  if (!fs.existsSync(dir)) {
    return [];
  }
  const ids = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && f.startsWith('book_'))
    .map((f) => f.slice(0, -4))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  return ids.map((id) => {
    const text = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const offsets = createOffsetMap(text);
    const spanById = new Map<string, { type: string; start: number; end: number }>();
    for (const line of lines(path.join(dir, `${id}.spans`))) {
      const [spanId, type, start, length] = line.split(/\s+/);
      spanById.set(spanId, { type, start: Number(start), end: Number(start) + Number(length) });
    }
    const spans: GoldSpan[] = [];
    for (const line of lines(path.join(dir, `${id}.objects`))) {
      const fields = line.split('#')[0].trim().split(/\s+/);
      const type = fields[1];
      const parts = fields
        .slice(2)
        .map((s) => spanById.get(s))
        .filter((s) => s !== undefined);
      if (type === 'Person' && parts.length > 0) {
        spans.push({ start: Math.min(...parts.map((s) => s.start)), end: Math.max(...parts.map((s) => s.end)), type: 'PER' });
      } else if (type === 'Org') {
        spans.push(...parts.filter((s) => s.type === 'org_name').map((s) => ({ start: s.start, end: s.end, type: 'ORG' })));
      } else if (type === 'Location' || type === 'LocOrg') {
        spans.push(...parts.filter((s) => s.type === 'loc_name').map((s) => ({ start: s.start, end: s.end, type: 'LOC' })));
      }
    }
    const kept = dropOverlaps(spans).map((s) => ({ ...s, start: offsets.toUtf16(s.start), end: offsets.toUtf16(s.end) }));
    return { id, text, spans: kept };
  });
}

/** NEREL types mapped to ours; FACILITY counts as LOC (see docs/eval/ner.md). */
const NEREL_TYPES: Record<string, string> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  COUNTRY: 'LOC',
  CITY: 'LOC',
  STATE_OR_PROVINCE: 'LOC',
  DISTRICT: 'LOC',
  LOCATION: 'LOC',
  FACILITY: 'LOC',
  PROFESSION: 'ROLE',
  DATE: 'DATE',
};

/**
 * NEREL v1.1 (brat standoff, nested): each entity mapped by NEREL_TYPES, a discontinuous entity taken over
 * its whole extent, and only the outermost span of each of our types kept. Spans of different types may nest.
 */
export function readNerel(dataDir: string, split: 'train' | 'dev'): GoldDocument[] {
  const dir = path.join(dataDir, 'NEREL', 'NEREL-v1.1', split);
  if (!fs.existsSync(dir)) {
    return [];
  }
  const ids = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return ids.map((id) => {
    const text = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const offsets = createOffsetMap(text);
    const spans: GoldSpan[] = [];
    for (const line of lines(path.join(dir, `${id}.ann`))) {
      const m = /^T\d+\t(\S+) ([\d; ]+)\t/.exec(line);
      const type = m === null ? undefined : NEREL_TYPES[m[1]];
      if (m === null || type === undefined) {
        continue;
      }
      const numbers = m[2].split(/[ ;]/).map(Number);
      spans.push({ start: offsets.toUtf16(Math.min(...numbers)), end: offsets.toUtf16(Math.max(...numbers)), type });
    }
    const outermost = spans.filter(
      (s) => !spans.some((o) => o !== s && o.type === s.type && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || spans.indexOf(o) < spans.indexOf(s))),
    );
    return { id, text, spans: outermost };
  });
}

/**
 * BSNLP topics: each annotated surface form projected onto the raw text wherever it occurs at word
 * boundaries (the annotation has no offsets and lists each form once), longer forms first, overlaps dropped.
 * PRO, EVT and MISC are ignored. The projection is noisy by construction.
 */
export function readBsnlp(dataDir: string): GoldDocument[] {
  const root = path.join(dataDir, 'BSNLP-ru');
  if (!fs.existsSync(root)) {
    return [];
  }
  const docs: GoldDocument[] = [];
  for (const topic of fs.readdirSync(root).sort()) {
    const annotated = path.join(root, topic, 'annotated', 'ru');
    const raw = path.join(root, topic, 'raw', 'ru');
    if (!fs.existsSync(annotated) || !fs.existsSync(raw)) {
      continue;
    }
    for (const file of fs.readdirSync(annotated).sort()) {
      const rawFile = path.join(raw, file.replace(/\.out$/, '.txt'));
      if (!fs.existsSync(rawFile)) {
        continue;
      }
      const text = fs.readFileSync(rawFile, 'utf8').replace(/\r\n?/g, '\n').split('\n').slice(4).join('\n');
      const forms: GoldSpan[] = [];
      for (const line of lines(path.join(annotated, file)).slice(1)) {
        const [surface, , type] = line.split('\t');
        if (surface === undefined || !['PER', 'ORG', 'LOC'].includes(type)) {
          continue;
        }
        const form = surface.trim();
        for (let at = text.indexOf(form); form.length > 0 && at >= 0; at = text.indexOf(form, at + 1)) {
          if (!isWordChar(text.charAt(at - 1)) && !isWordChar(text.charAt(at + form.length))) {
            forms.push({ start: at, end: at + form.length, type });
          }
        }
      }
      docs.push({ id: `${topic}/${file}`, text, spans: dropOverlaps(forms) });
    }
  }
  return docs;
}

/** Keeps spans in order of start (longer first at the same start), dropping any that overlaps a kept one. */
export function dropOverlaps(spans: readonly GoldSpan[]): GoldSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GoldSpan[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || s.start >= last.end) {
      kept.push(s);
    }
  }
  return kept;
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

function lines(file: string): string[] {
  if (!fs.existsSync(file)) {
    return [];
  }
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);
}
