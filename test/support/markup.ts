/**
 * The inline entity markup of the case tables: `[PER Айгуль Серикова] прибыла в [LOC Павлодар]`.
 * Tests strip it to get the input, run a stage, and render the result back in the same markup, so a failure
 * shows the whole expected and actual sentence.
 */

export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export function parseMarkup(markup: string): { text: string; spans: MarkedSpan[] } {
  let text = '';
  const open: Array<{ start: number; type: string }> = [];
  const spans: MarkedSpan[] = [];
  for (let i = 0; i < markup.length; i++) {
    const tag = /^\[([A-Z]+) /.exec(markup.slice(i));
    if (tag !== null) {
      open.push({ start: text.length, type: tag[1] });
      i += tag[0].length - 1;
    } else if (markup[i] === ']' && open.length > 0) {
      const o = open.pop()!;
      spans.push({ start: o.start, end: text.length, type: o.type });
    } else {
      text += markup[i];
    }
  }
  return { text, spans };
}

export function renderMarkup(text: string, spans: readonly MarkedSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    out += sorted.filter((s) => s.end === i).map(() => ']').join('');
    out += sorted.filter((s) => s.start === i).map((s) => `[${s.type} `).join('');
    out += text[i] ?? '';
  }
  return out;
}

/** The `⟦…⟧` markup of the masking tables: the spans a stage masks, bracketed in the source. */
export function renderMasked(source: string, masked: readonly { readonly start: number; readonly end: number }[]): string {
  let rendered = '';
  let at = 0;
  for (const m of masked) {
    rendered += `${source.slice(at, m.start)}⟦${source.slice(m.start, m.end)}⟧`;
    at = m.end;
  }
  return rendered + source.slice(at);
}
