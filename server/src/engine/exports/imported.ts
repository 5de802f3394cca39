/**
 * Imported annotations seen as an Analysis, so every export (project JSON above all) can write them: each
 * entity is a manual tag whose normal form is its text, mentions with the same type and text form one
 * cluster, and quotations keep the speaker name the file gave.
 */

import { detectLanguage } from '../text/language';
import type { Analysis, Cluster, Entity, Quote } from '../types';
import type { ImportedAnnotations } from './formats';

export interface ImportedAnalysisOptions {
  /** The rule id the tags carry, e.g. 'import-brat'. */
  readonly rule: string;
}

export function importedAnalysis(text: string, imported: ImportedAnnotations, options: ImportedAnalysisOptions): Analysis {
  const clusters = new Map<string, { id: string; type: Entity['type']; name: string; mentions: number[] }>();
  const entities: Entity[] = [...imported.entities]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((e) => {
      const key = `${e.type} ${e.text}`;
      let cluster = clusters.get(key);
      if (cluster === undefined) {
        cluster = { id: `e${clusters.size + 1}`, type: e.type, name: e.text, mentions: [] };
        clusters.set(key, cluster);
      }
      cluster.mentions.push(e.start);
      return { start: e.start, end: e.end, text: e.text, type: e.type, normal: e.text, cluster: cluster.id, origin: 'manual', rule: options.rule };
    });
  const quotes: Quote[] = imported.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    cue: q.cue,
    speaker: q.speaker,
    speakerName: q.speakerName,
    speakerCluster: null,
    resolution: 'manual',
    rule: options.rule,
    origin: 'manual',
  }));
  return {
    language: detectLanguage(text),
    text,
    entities,
    clusters: [...clusters.values()].map((c): Cluster => ({ ...c, roles: [] })),
    quotes,
    masked: [],
    problems: imported.problems,
  };
}
