/**
 * Workspace symbols: the "Go to Symbol in Workspace" box searches the corpus's entities by name; each goes to
 * its first mention.
 */

import type { Range, SymbolInformation } from 'vscode-languageserver';
import type { Corpus } from '../../engine';
import { typeLabel } from './labels';
import { KIND_OF } from './symbols';

/** Enough to fill the picker; the user types more letters to narrow it. */
const SYMBOL_LIMIT = 200;

export function workspaceSymbolsOf(corpus: Corpus<Range>, query: string): SymbolInformation[] {
  return corpus.search(query, SYMBOL_LIMIT).flatMap((entry) => {
    const first = entry.documents[0];
    const mention = first?.mentions[0];
    if (mention === undefined) {
      return [];
    }
    const documents = `${entry.documentCount} ${entry.documentCount === 1 ? 'document' : 'documents'}`;
    return [{ name: entry.name, kind: KIND_OF[entry.type], location: { uri: first.uri, range: mention.at }, containerName: `${typeLabel(entry.type)} · ${documents}` }];
  });
}
