/**
 * Word clusters of the name model: lemmas that occur in similar contexts in unlabelled Russian news share a
 * cluster id (learned offline by scripts/train/clusters.ts), so a word seen rarely or never in the labelled
 * data borrows the evidence of its cluster («губернатор» ~ «мэр», «Ростове» ~ «Самаре»).
 *
 * File (UTF-8 text): a header line `presstag-ner-clusters <version> <fine count> <coarse count>`, then one
 * `lemma fine coarse` line per lemma (two independent clusterings, of different grain).
 */

import type { TaggedToken } from '../../tokens/tag';

export const CLUSTERS_VERSION = 1;
const HEADER = 'presstag-ner-clusters';

export interface WordClusters {
  /** Per lemma key: fine cluster id + 1 in the low 16 bits, coarse cluster id + 1 in the high ones. */
  readonly ids: ReadonlyMap<string, number>;
}

export const NO_CLUSTERS: WordClusters = { ids: new Map() };

/** The key a token is clustered by: its best parse's lemma in lower case (its form when az gives none), ё as е. */
export function clusterKey(token: TaggedToken): string {
  const best = token.parses[0];
  const base = best !== undefined && typeof best.lemma === 'string' ? best.lemma : token.text;
  return base.toLowerCase().replace(/ё/g, 'е');
}

export function decodeClusters(bytes: Uint8Array): WordClusters {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const head = lines[0].split(' ');
  if (head[0] !== HEADER || Number(head[1]) !== CLUSTERS_VERSION) {
    throw new Error(`presstag: NER clusters file is not usable: header «${lines[0]}»`);
  }
  const ids = new Map<string, number>();
  for (let l = 1; l < lines.length; l++) {
    const [lemma, fine, coarse] = lines[l].split(' ');
    if (coarse !== undefined) {
      ids.set(lemma, (Number(fine) + 1) | ((Number(coarse) + 1) << 16));
    }
  }
  return { ids };
}

export function encodeClusters(lemmas: readonly string[], fine: readonly number[], coarse: readonly number[]): Uint8Array {
  const lines = [`${HEADER} ${CLUSTERS_VERSION} ${Math.max(...fine) + 1} ${Math.max(...coarse) + 1}`];
  lemmas.forEach((lemma, k) => lines.push(`${lemma} ${fine[k]} ${coarse[k]}`));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
