/**
 * CoNLL-2002 named entities (as INCEpTION reads it): one token per line, `TOKEN TAG` separated by one
 * space, IOB2 tags (B-PER, I-PER, O), a blank line after each sentence. Only entities travel: a token has
 * one tag, so where spans nest the outermost is written (a LOC inside a ROLE is lost), and quotations are not
 * carried. The format keeps neither offsets nor whitespace; reading realigns the tokens with the text.
 */

import type { Analysis, Entity, EntityType, Problem } from '../types';
import { createAligner } from './align';
import { stemOf, type ExportFile, type ImportedAnnotations, type ImportedEntity } from './formats';
import { layoutTokens } from './layout';
import { placeSpan, targetText, toEntityType } from './placing';

/** The entities one tag per token can hold: outermost first, an entity overlapping a kept one is dropped. */
function flatEntities(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const entity of sorted) {
    if (entity.end > entity.start && (kept.length === 0 || entity.start >= kept[kept.length - 1].end)) {
      kept.push(entity);
    }
  }
  return kept;
}

export function exportConll(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const entities = flatEntities(analysis.entities);
  const sentences = layoutTokens(analysis.text, { cut: entities, whole: entities });
  const lines: string[] = [];
  let k = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      while (k < entities.length && entities[k].end <= token.start) {
        k++;
      }
      const entity = k < entities.length && entities[k].start <= token.start ? entities[k] : undefined;
      const tag = entity === undefined ? 'O' : `${entity.start === token.start ? 'B' : 'I'}-${entity.type}`;
      lines.push(`${token.text} ${tag}`);
    }
    lines.push('');
  }
  return [{ name: `${stemOf(fileName)}.conll`, content: lines.map((l) => l + '\n').join('') }];
}

/** Reads CoNLL-2002 (IOB2, or IOB1 where an I- follows O) against the text it was made from. */
export function importConll(text: string, content: string): ImportedAnnotations {
  const target = targetText(text);
  const problems: Problem[] = [];
  const aligner = createAligner(target, problems);
  const entities: ImportedEntity[] = [];
  let open: { type: EntityType; start: number; end: number } | null = null;
  const close = (): void => {
    if (open !== null) {
      const placed = placeSpan(target, open, null, 'entity');
      if ('span' in placed) {
        entities.push({ ...placed.span, type: open.type });
      }
      open = null;
    }
  };
  content.split(/\r?\n/).forEach((line, index) => {
    const where = `line ${index + 1}`;
    const fields = line.trim().split(/[ \t]+/);
    if (line.trim().length === 0 || fields[0] === '-DOCSTART-') {
      close();
      return;
    }
    const token = fields[0];
    const tag = fields.length > 1 ? fields[fields.length - 1] : 'O';
    const place = aligner.next(token, where);
    const m = /^([BI])-(.+)$/.exec(tag);
    const type = m === null ? null : toEntityType(m[2]);
    if (m !== null && type === null) {
      problems.push({ code: 'import-unknown-type', message: `${where}: the tag «${tag}» is not a presstag entity type` });
    }
    if (place === null || m === null || type === null) {
      close();
      return;
    }
    if (m[1] === 'I' && open !== null && open.type === type) {
      open.end = place.end;
    } else {
      close();
      open = { type, start: place.start, end: place.end };
    }
  });
  close();
  return { entities, quotes: [], problems };
}
