/**
 * Tagged document → entity mentions (not yet grouped into clusters). Russian: the NER model's PER/ORG/LOC
 * name spans, cleaned of quotation marks and preceding titles, plus the rules (ROLE, DATE, MONEY, EVENT,
 * WORK, quoted ORG names); same-type overlaps are settled by `resolveOverlaps`, and every mention gets its
 * normal form. English goes to its own finder.
 */

import type { EntityType, Origin } from '../types';
import type { TaggedDocument } from '../tokens/tag';
import type { NerModel, NameSpan } from './model';
import type { RuleSpan } from './ruleSpan';
import { findEnglishEntities } from './english/find';
import { findRuleEntities } from './rules';
import { normalForm } from './normal';
import { resolveOverlaps } from './overlaps';
import { titleLemma } from './roleWords';
import { tokensIn } from './tokenRange';

/** An entity mention before grouping; offsets are string indices. */
export interface FoundEntity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly normal: string;
  readonly origin: Origin;
  readonly rule: string;
}

/** Heavy resources, loaded on first use by the façade and shared by every document. */
export interface EntityResources {
  nerModel(): NerModel;
}

export function findEntities(document: TaggedDocument, resources: EntityResources): FoundEntity[] {
  if (document.language === 'en') {
    return findEnglishEntities(document);
  }
  const rules = findRuleEntities(document);
  const isTitle = createTitleTest(document, rules);
  const names = resources
    .nerModel()
    .predict(document)
    .map((s) => trimName(document, s))
    .filter((s): s is NameSpan => s !== null && !isTitle(s));
  const candidates = [
    ...names.map((s) => ({ ...s, origin: 'model' as const })),
    ...rules.map((s) => ({ ...s, origin: 'rule' as const })),
  ];
  return resolveOverlaps(candidates).map((c) => ({
    start: c.start,
    end: c.end,
    text: document.text.slice(c.start, c.end),
    type: c.type,
    normal: normalForm(document, c),
    origin: c.origin,
    rule: c.rule,
  }));
}

/** Names never include their quotation marks, nor a title before them («академиком Валентином Пармоном»). */
function trimName(document: TaggedDocument, span: NameSpan): NameSpan | null {
  let { start, end } = span;
  const inside = tokensIn(document, span);
  let first = 0;
  while (first < inside.length && (isMark(inside[first].kind) || (span.type === 'PER' && titleLemma(inside[first]) !== null))) {
    first++;
  }
  let last = inside.length - 1;
  // A name never runs over a line break or a blanked-out region (Markdown link targets, code): it ends before.
  const gap = inside.findIndex((t, i) => i > first && /\n|\s{3,}/.test(document.text.slice(inside[i - 1].end, t.start)));
  if (gap > 0) {
    last = gap - 1;
  }
  while (last >= first && isMark(inside[last].kind)) {
    last--;
  }
  if (first > last) {
    return null;
  }
  start = Math.max(start, inside[first].start);
  end = Math.min(end, inside[last].end);
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

function isMark(kind: string): boolean {
  return kind === 'punct' || kind === 'symbol';
}

/**
 * A quoted title written as a name (every word capitalised: «проект «Астана Хаб»») is the title, not a mention of
 * the names in it; a title written as a phrase mentions them, nested in it («статье «2009-й — год Чарльза
 * Дарвина»»), as NEREL and factRuEval mark them. A name that is the whole title is the title either way.
 */
function createTitleTest(document: TaggedDocument, rules: readonly RuleSpan[]): (span: NameSpan) => boolean {
  const works = rules.filter((r) => r.type === 'WORK');
  const names = works.filter((w) => !/(?:^|[\s-])\p{Ll}/u.test(document.text.slice(w.start, w.end)));
  const whole = new Set(works.map((w) => `${w.start}:${w.end}`));
  return (span) => whole.has(`${span.start}:${span.end}`) || names.some((w) => w.start <= span.start && span.end <= w.end);
}
