/**
 * A self-contained HTML page of one document, in the manner of displaCy: the text as written (line breaks
 * kept), each entity a coloured mark with its type label, each quotation highlighted and followed by its
 * speaker, a legend with counts, and a list of the quotations. Inline CSS only: no script, no external
 * resource (a Content-Security-Policy forbids both), so it opens offline and anything in the article, markup
 * or links included, stays text: every character of the document is escaped.
 */

import { ENTITY_TYPES, type Analysis, type EntityType } from '../types';
import { ENTITY_COLOURS, QUOTE_COLOUR, QUOTE_LINE_COLOUR } from './colours';
import { stemOf, type ExportFile } from './formats';

const DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  ROLE: 'role or title',
  DATE: 'date or period',
  MONEY: 'sum of money',
  EVENT: 'event',
  WORK: 'project, law or work',
};

const STYLE = `
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; background: #fff; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; word-break: break-all; }
.summary { color: #555; margin: 0 0 1rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: .75rem; margin: 0 0 1.5rem; border: 1px solid #ddd; border-radius: .4rem; font-size: .9rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.3; }
mark.entity { color: inherit; padding: .15em .35em; border-radius: .35em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.label { font-size: .62em; font-weight: 700; letter-spacing: .03em; margin-left: .4em; vertical-align: middle; }
.quote { background: ${QUOTE_COLOUR}; border-bottom: 2px solid ${QUOTE_LINE_COLOUR}; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.speaker { font-size: .8em; font-style: italic; color: #7a5b00; margin-left: .3em; white-space: nowrap; }
.quotes li { margin-bottom: .75rem; }
.quotes blockquote { margin: 0; padding-left: .75rem; border-left: 3px solid ${QUOTE_LINE_COLOUR}; white-space: pre-wrap; }
.meta { color: #555; font-size: .9rem; }
${ENTITY_TYPES.map((t) => `.${t} { background: ${ENTITY_COLOURS[t]}; }`).join('\n')}
`;

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
  /** Written once, before the close of the mark's last piece. */
  readonly label: string;
}

export function exportHtml(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const counts = ENTITY_TYPES.map((t) => [t, analysis.entities.filter((e) => e.type === t).length] as const);
  const legend = [
    ...counts.map(([t, n]) => `<li><mark class="entity ${t}">${t}</mark> ${DESCRIPTIONS[t]} (${n})</li>`),
    `<li><span class="quote">quotation</span><span class="speaker">— speaker</span> (${analysis.quotes.length})</li>`,
  ];
  const quoteItems = analysis.quotes.map((q) => {
    const speaker = q.speakerName === null ? 'speaker unknown' : escapeHtml(q.speakerName);
    const cue = q.cue === null ? '' : `, cue «${escapeHtml(q.cue.text)}»`;
    return `<li><blockquote>${escapeHtml(q.text)}</blockquote><div class="meta">— <strong>${speaker}</strong> (${q.kind}${cue}, ${q.start}–${q.end})</div></li>`;
  });
  const page = [
    '<!DOCTYPE html>',
    `<html lang="${analysis.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(fileName)} — presstag</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(fileName)}</h1>`,
    `<p class="summary">${plural(analysis.entities.length, 'entity', 'entities')}, ${plural(analysis.quotes.length, 'quotation', 'quotations')} · language ${analysis.language} · annotated by presstag</p>`,
    `<ul class="legend">${legend.join('')}</ul>`,
    `<article class="text">${markText(analysis)}</article>`,
    ...(quoteItems.length === 0 ? [] : ['<section class="quotes">', '<h2>Quotations</h2>', `<ol>${quoteItems.join('\n')}</ol>`, '</section>']),
    '</main>',
    '</body>',
    '</html>',
    '',
  ];
  return [{ name: `${stemOf(fileName)}.html`, content: page.join('\n') }];
}

/** The text with its marks as properly nested elements; a mark that crosses another is written in pieces. */
function markText(analysis: Analysis): string {
  const chars = [...analysis.text];
  const marks: Mark[] = [
    ...analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      open: `<span class="quote" title="${escapeHtml(`${q.kind} quotation — ${q.speakerName ?? 'speaker unknown'}`)}">`,
      close: '</span>',
      label: `<span class="speaker">— ${escapeHtml(q.speakerName ?? '?')}</span>`,
    })),
    ...analysis.entities.map((e) => ({
      start: e.start,
      end: e.end,
      open: `<mark class="entity ${e.type}" title="${escapeHtml(`${e.type}: ${e.normal}`)}">`,
      close: '</mark>',
      label: `<span class="label">${e.type}</span>`,
    })),
  ]
    .filter((m) => m.end > m.start)
    // Outer marks first: earlier start, then longer; at equal spans quotations (listed first) stay outside.
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const positions = [...new Set([0, chars.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Mark[] = [];
  let next = 0;
  for (let p = 0; p < positions.length; p++) {
    const at = positions[p];
    if (stack.some((m) => m.end === at)) {
      const reopen: Mark[] = [];
      while (stack.some((m) => m.end === at)) {
        const top = stack.pop()!;
        if (top.end === at) {
          out.push(top.label, top.close);
        } else {
          out.push(top.close);
          reopen.unshift(top);
        }
      }
      for (const m of reopen) {
        out.push(m.open);
        stack.push(m);
      }
    }
    while (next < marks.length && marks[next].start === at) {
      out.push(marks[next].open);
      stack.push(marks[next]);
      next++;
    }
    if (p + 1 < positions.length) {
      out.push(escapeHtml(chars.slice(at, positions[p + 1]).join('')));
    }
  }
  return out.join('');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
