/**
 * The project JSON (`NAME.json`): the contract's record for one document, every field in the same place,
 * plus what a tool needs to work with it alone: a format tag and version, the text itself with its length in
 * code points, each tag's origin and rule, each quotation's resolution, origin and rule, each cluster's roles,
 * the masked regions and the problems. `schemas/presstag-annotations.schema.json` describes it.
 */

import type { Analysis } from '../types';
import { contractCluster, contractEntity, contractQuote } from './jsonl';
import { stemOf, type ExportFile } from './formats';

export const PROJECT_JSON_FORMAT = 'presstag-annotations';
export const PROJECT_JSON_VERSION = 1;

export function toProjectRecord(file: string, analysis: Analysis): object {
  return {
    file,
    language: analysis.language,
    entities: analysis.entities.map((e) => ({ ...contractEntity(e), origin: e.origin, rule: e.rule })),
    quotes: analysis.quotes.map((q) => ({ ...contractQuote(q), resolution: q.resolution, origin: q.origin, rule: q.rule })),
    clusters: analysis.clusters.map((c) => ({ ...contractCluster(c), roles: c.roles })),
    format: PROJECT_JSON_FORMAT,
    version: PROJECT_JSON_VERSION,
    length: [...analysis.text].length,
    text: analysis.text,
    masked: analysis.masked.map((m) => ({ start: m.start, end: m.end })),
    problems: analysis.problems.map((p) => ({ code: p.code, message: p.message, ...(p.span === undefined ? {} : { start: p.span.start, end: p.span.end }) })),
  };
}

export function exportProjectJson(analysis: Analysis, fileName: string): readonly ExportFile[] {
  return [{ name: `${stemOf(fileName)}.json`, content: JSON.stringify(toProjectRecord(fileName, analysis), null, 2) + '\n' }];
}
