/**
 * Code actions: on a tag, change its type, remove it or every tag of the same text, say it is the same entity
 * as another of its type, always or never tag its name in the workspace; on a selection, tag it (here, or
 * always) as any type; on a quotation, say it is none or choose its speaker among the people and organisations
 * of the text. Each action runs the `presstag.applyCorrection` command, which the server executes itself;
 * "always" and "never" go to the workspace lists, the rest to the document's sidecar. A decision at the cursor
 * can be undone (`presstag.forgetCorrection`), which takes it out of the sidecar.
 */

import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { correctionsAt, createAnchor, ENTITY_TYPES, type Correction, type Span } from '../../engine';
import type { AnalysedDocument } from '../documents';
import { APPLY_CORRECTION_COMMAND, FORGET_CORRECTION_COMMAND } from '../protocol';
import type { CorrectionScope } from '../store';
import { previewOf, typeLabel } from './labels';

/** Selections longer than this are not offered for tagging: a name is never that long. */
const MAX_TAGGED_LENGTH = 200;

/** Entities offered to "same entity as", the first ones met in the text: a longer menu helps nobody. */
const MAX_MERGE_TARGETS = 10;

/** `decisions` are the document's own (not the lists'): those at the range can be taken back. */
export function codeActionsAt(document: AnalysedDocument, range: Range, decisions: readonly Correction[] = []): CodeAction[] {
  const { analysis, positions, uri } = document;
  const start = positions.toCodePoint(range.start);
  const end = positions.toCodePoint(range.end);
  const touches = (s: Span): boolean => (start === end ? s.start <= start && start <= s.end : s.start < end && start < s.end);
  const action = (title: string, correction: Correction, scope: CorrectionScope = 'document'): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    command: { title, command: APPLY_CORRECTION_COMMAND, arguments: scope === 'document' ? [uri, correction] : [uri, correction, scope] },
  });
  const actions: CodeAction[] = [];

  const tags = analysis.entities.filter(touches).sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const tag of tags) {
    const anchor = createAnchor(analysis.text, tag);
    const name = `«${tag.text}»`;
    for (const type of ENTITY_TYPES.filter((t) => t !== tag.type)) {
      actions.push(action(`Change ${name} to ${typeLabel(type)}`, { kind: 'retype', anchor, type }));
    }
    actions.push(action(`Remove the ${tag.type} tag on ${name}`, { kind: 'remove', anchor }));
    actions.push(action(`Remove every ${tag.type} tag on ${name}`, { kind: 'removeAll', text: tag.text, type: tag.type }));
    const others = analysis.clusters.filter((c) => c.type === tag.type && c.id !== tag.cluster).slice(0, MAX_MERGE_TARGETS);
    for (const cluster of others) {
      const first = analysis.entities.find((e) => e.cluster === cluster.id && e.start === cluster.mentions[0]);
      if (first !== undefined) {
        actions.push(action(`${name} is the same entity as ${cluster.name}`, { kind: 'merge', anchor, into: createAnchor(analysis.text, first) }));
      }
    }
    // A name goes on the lists in its normal form, which every inflected mention shares; dates and sums as written.
    const listed = tag.type === 'DATE' || tag.type === 'MONEY' ? tag.text : tag.normal;
    actions.push(action(`Always tag «${listed}» as ${typeLabel(tag.type)} in this workspace`, { kind: 'tagAll', text: listed, type: tag.type }, 'workspace'));
    actions.push(action(`Never tag «${listed}» in this workspace`, { kind: 'removeAll', text: listed }, 'workspace'));
  }

  const selection = trimmed(positions.slice({ start, end }), start);
  if (selection !== null && selection.end - selection.start <= MAX_TAGGED_LENGTH && !tags.some((t) => t.start === selection.start && t.end === selection.end)) {
    const anchor = createAnchor(analysis.text, selection);
    for (const type of ENTITY_TYPES) {
      actions.push(action(`Tag «${anchor.text}» as ${typeLabel(type)}`, { kind: 'add', anchor, type }));
    }
    for (const type of ENTITY_TYPES) {
      actions.push(action(`Always tag «${anchor.text}» as ${typeLabel(type)} in this workspace`, { kind: 'tagAll', text: anchor.text, type }, 'workspace'));
    }
  }

  const people = analysis.clusters.filter((c) => c.type === 'PER' || c.type === 'ORG').sort((a, b) => (a.type === b.type ? 0 : a.type === 'PER' ? -1 : 1));
  // A quotation is reached from its text, its cue or its speaker, where a user looks when the speaker is wrong.
  const reaches = (q: (typeof analysis.quotes)[number]): boolean => touches(q) || (q.cue !== null && touches(q.cue)) || (q.speaker !== null && touches(q.speaker));
  for (const quote of analysis.quotes.filter(reaches)) {
    const anchor = createAnchor(analysis.text, quote);
    const name = `«${previewOf(quote.text, 40)}»`;
    actions.push(action(`${name} is not a quotation`, { kind: 'notQuote', anchor }));
    for (const cluster of people.filter((c) => c.id !== quote.speakerCluster)) {
      actions.push(action(`Set the speaker of ${name} to ${cluster.name}`, { kind: 'setSpeaker', anchor, speakerName: cluster.name }));
    }
  }
  for (const decision of correctionsAt(analysis.text, decisions, { start, end })) {
    const title = `Undo: ${describeDecision(decision)}`;
    actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: FORGET_CORRECTION_COMMAND, arguments: [uri, decision] } });
  }
  return actions;
}

/** A decision in words, as the action that made it said it. */
function describeDecision(decision: Correction): string {
  switch (decision.kind) {
    case 'retype':
      return `«${decision.anchor.text}» changed to ${typeLabel(decision.type)}`;
    case 'add':
      return `«${decision.anchor.text}» tagged as ${typeLabel(decision.type)}`;
    case 'remove':
      return `the tag on «${decision.anchor.text}» removed`;
    case 'merge':
      return `«${decision.anchor.text}» is the same entity as «${decision.into.text}»`;
    case 'setSpeaker':
      return `the speaker of «${previewOf(decision.anchor.text, 40)}» set to ${decision.speakerName}`;
    case 'notQuote':
      return `«${previewOf(decision.anchor.text, 40)}» is not a quotation`;
    case 'removeAll':
      return `every tag on «${decision.text}» removed`;
    case 'tagAll':
      return `«${decision.text}» always tagged as ${typeLabel(decision.type)}`;
  }
}

/** The selected span without its surrounding white space, or null when nothing is left. */
function trimmed(text: string, start: number): Span | null {
  const codePoints = [...text];
  let from = 0;
  let to = codePoints.length;
  while (from < to && /\s/.test(codePoints[from])) {
    from++;
  }
  while (to > from && /\s/.test(codePoints[to - 1])) {
    to--;
  }
  return to > from ? { start: start + from, end: start + to } : null;
}
