/**
 * brat standoff (https://brat.nlplab.org/standoff.html): NAME.ann beside a copy of the text as NAME.txt.
 * Entities are text-bound annotations typed PER … WORK. A quotation is a `Quotation` span with a `Kind`
 * attribute (direct|indirect), an `IntroducedBy` relation to its `Cue` span, a `SaidBy` relation to the
 * speaker (the entity at the speaker's span, else a `Speaker` span) and the speaker's canonical name as its
 * AnnotatorNotes; each cluster of two or more mentions is an `Equiv` line. Offsets are code points, as brat
 * (Python) counts them; a span is never written as discontinuous fragments, and line breaks inside a span's
 * text are written as spaces so the .ann stays one annotation per line.
 */

import { ENTITY_TYPES, type Analysis, type Problem, type TextSpan } from '../types';
import { ENTITY_COLOURS, QUOTE_COLOUR, QUOTE_LINE_COLOUR } from './colours';
import { placeSpan, targetText, toEntityType, type TargetText } from './placing';
import { stemOf, type ExportFile, type ImportedAnnotations, type ImportedEntity, type ImportedQuote } from './formats';

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** A span's text as the .ann writes it: on one line. */
function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

export function exportBrat(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const stem = stemOf(fileName);
  const lines: string[] = [];
  let nextT = 1;
  let nextA = 1;
  let nextR = 1;
  let nextNote = 1;
  const addSpan = (type: string, span: TextSpan): string => {
    const id = `T${nextT++}`;
    lines.push(`${id}\t${type} ${span.start} ${span.end}\t${oneLine(span.text)}`);
    return id;
  };
  const entityIds = new Map<string, string>();
  const clusterIds = new Map<string, string[]>();
  for (const entity of analysis.entities) {
    const id = addSpan(entity.type, entity);
    entityIds.set(`${entity.start}:${entity.end}`, entityIds.get(`${entity.start}:${entity.end}`) ?? id);
    const cluster = clusterIds.get(`${entity.type} ${entity.cluster}`);
    if (cluster === undefined) {
      clusterIds.set(`${entity.type} ${entity.cluster}`, [id]);
    } else {
      cluster.push(id);
    }
  }
  for (const quote of analysis.quotes) {
    const id = addSpan('Quotation', quote);
    lines.push(`A${nextA++}\tKind ${id} ${quote.kind}`);
    if (quote.cue !== null) {
      lines.push(`R${nextR++}\tIntroducedBy Arg1:${id} Arg2:${addSpan('Cue', quote.cue)}`);
    }
    if (quote.speaker !== null) {
      const speakerId = entityIds.get(`${quote.speaker.start}:${quote.speaker.end}`) ?? addSpan('Speaker', quote.speaker);
      lines.push(`R${nextR++}\tSaidBy Arg1:${id} Arg2:${speakerId}`);
    }
    if (quote.speakerName !== null) {
      lines.push(`#${nextNote++}\tAnnotatorNotes ${id}\t${oneLine(quote.speakerName)}`);
    }
  }
  for (const ids of clusterIds.values()) {
    if (ids.length > 1) {
      lines.push(`*\tEquiv ${ids.join(' ')}`);
    }
  }
  return [
    { name: `${stem}.ann`, content: lines.map((l) => l + '\n').join('') },
    { name: `${stem}.txt`, content: analysis.text },
  ];
}

/** The collection's visual.conf: the HTML page's colours, and short labels for the quotation parts. */
export function bratVisualConf(): string {
  return [
    '# presstag: the colours of the HTML export.',
    '[labels]',
    'Quotation | Quotation | Quote',
    'Speaker | Speaker | Spk',
    '',
    '[drawing]',
    ...ENTITY_TYPES.map((t) => `${t}\tbgColor:${ENTITY_COLOURS[t]}`),
    `Quotation\tbgColor:${QUOTE_COLOUR}`,
    `Cue\tbgColor:${QUOTE_LINE_COLOUR}`,
    `Speaker\tbgColor:${ENTITY_COLOURS.PER}`,
    'SaidBy\tcolor:#7a5b00, dashArray:3-3',
    'IntroducedBy\tcolor:#7a5b00',
    '',
  ].join('\n');
}

/** The collection's annotation.conf, so brat accepts every type, relation and attribute the .ann files use. */
export function bratAnnotationConf(): string {
  return [
    '# presstag: entity types, quotations with their cue and speaker, coreference as Equiv.',
    '[entities]',
    ...ENTITY_TYPES,
    'Quotation',
    'Cue',
    'Speaker',
    '',
    '[relations]',
    'SaidBy\tArg1:Quotation, Arg2:<ENTITY>',
    'IntroducedBy\tArg1:Quotation, Arg2:Cue',
    ...ENTITY_TYPES.map((t) => `Equiv\tArg1:${t}, Arg2:${t}, <REL-TYPE>:symmetric-transitive`),
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    'Kind\tArg:Quotation, Value:direct|indirect',
    '',
  ].join('\n');
}

interface TextBound {
  readonly type: string;
  readonly span: TextSpan;
}

/** Reads a .ann against its text: entities, and quotations with cue, speaker and speaker name. */
export function importBrat(text: string, content: string): ImportedAnnotations {
  const target = targetText(text);
  const problems: Problem[] = [];
  const spans = new Map<string, TextBound>();
  const kinds = new Map<string, string>();
  /** Relation targets by `TYPE FROM`, e.g. 'SaidBy T7' → 'T6'. */
  const relations = new Map<string, string>();
  const notes = new Map<string, string>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line.trim().length === 0) {
      return;
    }
    const [id, body = '', rest] = splitTabs(line);
    if (id.startsWith('T')) {
      const parsed = readTextBound(target, body, rest ?? null, `${where} (${id})`);
      if ('problem' in parsed) {
        problems.push(parsed.problem);
      } else {
        spans.set(id, parsed.bound);
      }
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name, of, value] = body.split(' ');
      if (name === 'Kind' && (value === 'direct' || value === 'indirect')) {
        kinds.set(of, value);
      } else {
        problems.push({ code: 'import-unsupported', message: `${where}: attribute «${body}» is not one presstag reads` });
      }
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(body);
      if (m === null) {
        problems.push({ code: 'import-bad-line', message: `${where}: cannot read the relation «${line}»` });
      } else {
        relations.set(`${m[1]} ${m[2]}`, m[3]);
      }
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(body);
      if (m !== null) {
        notes.set(m[1], rest ?? '');
      }
    } else if (id !== '*') {
      problems.push({ code: 'import-unsupported', message: `${where}: «${id}» annotations (events, normalisations) are not read by presstag` });
    }
  });
  const entities: ImportedEntity[] = [];
  const quotes: ImportedQuote[] = [];
  for (const [id, bound] of spans) {
    const type = toEntityType(bound.type);
    if (type !== null) {
      entities.push({ ...bound.span, type });
    } else if (bound.type === 'Quotation') {
      const related = (relation: string): TextSpan | null => spans.get(relations.get(`${relation} ${id}`) ?? '')?.span ?? null;
      const kind = kinds.get(id) === 'indirect' ? 'indirect' : 'direct';
      quotes.push({ ...bound.span, kind, cue: related('IntroducedBy'), speaker: related('SaidBy'), speakerName: notes.get(id) ?? null });
    } else if (bound.type !== 'Cue' && bound.type !== 'Speaker') {
      problems.push({ code: 'import-unknown-type', message: `${id}: the type «${bound.type}» is not a presstag entity type`, span: bound.span });
    }
  }
  return { entities: entities.sort((a, b) => a.start - b.start || b.end - a.end), quotes: quotes.sort((a, b) => a.start - b.start), problems };
}

function readTextBound(target: TargetText, body: string, claimed: string | null, where: string): { bound: TextBound } | { problem: Problem } {
  const m = /^(\S+) (\d+) (\d+)((?:;\d+ \d+)*)$/.exec(body);
  if (m === null) {
    return { problem: { code: 'import-bad-line', message: `${where}: cannot read «${body}»` } };
  }
  if (m[4] !== '') {
    return { problem: { code: 'import-discontinuous', message: `${where}: the ${m[1]} annotation has several fragments (${body}); presstag spans are continuous` } };
  }
  const placed = placeSpan(target, { start: Number(m[2]), end: Number(m[3]) }, claimed, where, oneLine);
  return 'problem' in placed ? placed : { bound: { type: m[1], span: placed.span } };
}

/** The first two tab-separated fields and the rest of the line (a span's text may itself hold tabs). */
function splitTabs(line: string): [string, string, string | undefined] {
  const first = line.indexOf('\t');
  if (first < 0) {
    return [line, '', undefined];
  }
  const second = line.indexOf('\t', first + 1);
  return second < 0 ? [line.slice(0, first), line.slice(first + 1), undefined] : [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
}
