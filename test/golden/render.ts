/**
 * Renders an Analysis as reviewable text: each line of the source with labelled underlines beneath it
 * (Natasha style), then the clusters, then the quotations with their speakers. A golden diff reads like a review.
 */

import type { Analysis } from '../../server/src/engine';

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export function renderAnalysis(analysis: Analysis): string {
  const chars = [...analysis.text];
  const marks: Mark[] = [
    ...analysis.entities.map((e) => ({ start: e.start, end: e.end, label: e.type })),
    ...analysis.quotes.map((q) => ({ start: q.start, end: q.end, label: q.kind === 'direct' ? 'QUOTE' : 'SAID' })),
  ];
  const out: string[] = [];
  let lineStart = 0;
  while (lineStart <= chars.length) {
    let lineEnd = lineStart;
    while (lineEnd < chars.length && chars[lineEnd] !== '\n') {
      lineEnd++;
    }
    const line = chars.slice(lineStart, lineEnd).join('').replace(/\r$/, '');
    if (line.trim().length > 0) {
      out.push(line);
      out.push(...underlines(marks, lineStart, lineEnd));
    }
    lineStart = lineEnd + 1;
  }
  out.push('', '# clusters');
  for (const c of analysis.clusters) {
    const roles = c.roles.length > 0 ? ` (${c.roles.join('; ')})` : '';
    out.push(`${c.id} ${c.type} ${c.name}${roles}: ${c.mentions.join(', ')}`);
  }
  out.push('', '# quotes');
  for (const q of analysis.quotes) {
    const cue = q.cue ? `cue «${q.cue.text}»` : 'no cue';
    const speaker = q.speaker ? `speaker «${q.speaker.text}»` : 'no speaker';
    out.push(`${q.kind} ${q.start}-${q.end} «${abbreviate(q.text)}» — ${q.speakerName ?? '?'} [${cue}, ${speaker}, ${q.resolution}]`);
  }
  return out.join('\n') + '\n';
}

function underlines(marks: readonly Mark[], lineStart: number, lineEnd: number): string[] {
  const rows: string[][] = [];
  const visible = marks
    .filter((m) => m.start < lineEnd && m.end > lineStart)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of visible) {
    const from = Math.max(m.start, lineStart) - lineStart;
    const to = Math.min(m.end, lineEnd) - lineStart;
    const width = Math.max(to - from, m.label.length + 1);
    let row = rows.find((r) => r.slice(from, from + width + 1).every((c) => c === undefined || c === ' '));
    if (row === undefined) {
      row = [];
      rows.push(row);
    }
    const continued = m.start < lineStart ? '…' : '';
    const text = (continued + m.label).padEnd(to - from, '─');
    for (let i = 0; i < text.length; i++) {
      row[from + i] = text[i];
    }
  }
  return rows.map((r) => Array.from(r, (c) => c ?? ' ').join('').trimEnd());
}

function abbreviate(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 28)} … ${text.slice(-28)}`;
}
