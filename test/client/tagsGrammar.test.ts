/**
 * The TextMate grammar that highlights inline tags, checked by a small scanner that follows the TextMate rules
 * (at each point the earliest match wins, a rule's end before its patterns on a tie; begin/end rules nest)
 * with JavaScript regular expressions, which read the grammar's patterns as Oniguruma does. Each case renders
 * the scoped pieces as `{scope:text}`: p for punctuation, tag for the type label, speaker for the speaker's name.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Rule {
  readonly begin?: string;
  readonly end?: string;
  readonly include?: string;
  readonly beginCaptures?: Record<string, { name: string }>;
  readonly endCaptures?: Record<string, { name: string }>;
  readonly patterns?: readonly Rule[];
}

const root = path.resolve(__dirname, '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'presstag-tags.injection.tmLanguage.json'), 'utf8')) as {
  patterns: Rule[];
  repository: Record<string, Rule>;
  injectionSelector: string;
};

const resolve = (rule: Rule): Rule => (rule.include === undefined ? rule : grammar.repository[rule.include.slice(1)]);

function short(scope: string): string {
  return scope.startsWith('punctuation') ? 'p' : scope.startsWith('keyword') ? 'tag' : scope.startsWith('entity.name.function') ? 'speaker' : scope;
}

/** Renders the captured pieces of each line; the rule stack carries over line ends, as in an editor. */
function check(text: string, expected: string): void {
  const stack: Rule[] = [];
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let at = 0;
    let rendered = '';
    const emit = (m: RegExpExecArray, captures: Record<string, { name: string }> | undefined): void => {
      let from = m.index;
      for (let g = 1; g < m.length; g++) {
        const name = captures?.[String(g)]?.name;
        if (name === undefined || m[g] === undefined || m[g] === '') {
          continue;
        }
        const start = line.indexOf(m[g], from);
        rendered += line.slice(at, start) + `{${short(name)}:${m[g]}}`;
        at = start + m[g].length;
        from = at;
      }
      rendered += line.slice(at, m.index + m[0].length);
      at = m.index + m[0].length;
    };
    for (;;) {
      const top = stack[stack.length - 1];
      const candidates = (top?.patterns ?? grammar.patterns).map(resolve);
      let best: { m: RegExpExecArray; rule: Rule | null } | null = null;
      if (top?.end !== undefined) {
        const m = new RegExp(top.end, 'gu');
        m.lastIndex = at;
        const found = m.exec(line);
        if (found !== null) {
          best = { m: found, rule: null };
        }
      }
      for (const rule of candidates) {
        const r = new RegExp(rule.begin!, 'gu');
        r.lastIndex = at;
        const found = r.exec(line);
        if (found !== null && (best === null || found.index < best.m.index)) {
          best = { m: found, rule };
        }
      }
      if (best === null) {
        break;
      }
      if (best.rule === null) {
        emit(best.m, top!.endCaptures);
        stack.pop();
        if (best.m[0] === '') {
          break;
        }
      } else {
        emit(best.m, best.rule.beginCaptures);
        stack.push(best.rule);
      }
    }
    out.push(rendered + line.slice(at));
  }
  assert.equal(out.join('\n'), expected);
}

const CASES: Record<string, readonly [string, string][]> = {
  entities: [
    ['[PER Серик Жумангарин] провел встречу', '{p:[}{tag:PER} Серик Жумангарин{p:]} провел встречу'],
    ['[ROLE министр [LOC Казахстана]]', '{p:[}{tag:ROLE} министр {p:[}{tag:LOC} Казахстана{p:]}{p:]}'],
    ['[PER Иван [1] Петров] и [sic]', '{p:[}{tag:PER} Иван [1] Петров{p:]} и [sic]'],
    ['[XYZ Иван] и [per Петров]', '[XYZ Иван] и [per Петров]'],
    ['[PER Иван\nПетров] приехал', '{p:[}{tag:PER} Иван\nПетров] приехал'],
  ],
  quotations: [
    ['«[QUOTE Это уникальные примеры | Серик Жумангарин]», — отметил он.', '«{p:[}{tag:QUOTE} Это уникальные примеры{p: | }{speaker:Серик Жумангарин}{p:]}», — отметил он.'],
    ['«[QUOTE Да]»', '«{p:[}{tag:QUOTE} Да{p:]}»'],
    ['«[QUOTE Поможем [LOC Казахстану] | Валентин Пармон]»', '«{p:[}{tag:QUOTE} Поможем {p:[}{tag:LOC} Казахстану{p:]}{p: | }{speaker:Валентин Пармон}{p:]}»'],
    ['«[QUOTE Первая строка,\nвторая | Иван]»', '«{p:[}{tag:QUOTE} Первая строка,\nвторая{p: | }{speaker:Иван}{p:]}»'],
  ],
};

describe('inline tags grammar', () => {
  test('is injected into plain text and Markdown, not into code', () => {
    assert.match(grammar.injectionSelector, /L:text\.plain -markup\.fenced_code/);
    assert.match(grammar.injectionSelector, /L:text\.html\.markdown -markup\.fenced_code -markup\.inline\.raw/);
  });
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const [text, expected] of cases) {
        test(text, () => check(text, expected));
      }
    });
  }
});
