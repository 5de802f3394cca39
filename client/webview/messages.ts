/**
 * The messages between the Corpus overview panel (extension side) and its webview script. Types only, so
 * both bundles import them without pulling the other side's code.
 */

import type { CorpusOverview } from '../../server/src/lsp/protocol';

export type ToWebview =
  | { readonly type: 'overview'; readonly scopeLabel: string; readonly overview: CorpusOverview }
  | { readonly type: 'status'; readonly text: string };

export type FromWebview = { readonly type: 'ready' } | { readonly type: 'filter'; readonly text: string };
