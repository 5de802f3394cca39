/**
 * What the client and the server agree on beyond standard LSP: custom messages, the semantic token legend
 * and the settings' shape. The one server file the client may import.
 */

import type { EntityType } from '../engine';

/** Semantic token types, in legend order; package.json declares each under contributes.semanticTokenTypes. */
export const TOKEN_TYPE_OF: Readonly<Record<EntityType | 'QUOTE', string>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  ROLE: 'role',
  DATE: 'date',
  MONEY: 'money',
  EVENT: 'event',
  WORK: 'work',
  QUOTE: 'quotation',
};

export const TOKEN_TYPES: readonly string[] = Object.values(TOKEN_TYPE_OF);

/** Server → client after each analysis: counts for the status bar. */
export const STATUS_NOTIFICATION = 'presstag/status';

export interface StatusParams {
  readonly uri: string;
  readonly version: number;
  readonly language: string;
  readonly entityCount: number;
  readonly quoteCount: number;
  readonly countsByType: Readonly<Partial<Record<EntityType, number>>>;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `presstag` configuration section as the server reads it (package.json gives defaults and docs). */
export interface Settings {
  readonly enable: boolean;
  readonly files: { readonly include: readonly string[] };
  readonly language: 'auto' | 'ru' | 'en';
  readonly types: { readonly shown: readonly EntityType[] };
  readonly severity: { readonly entities: Severity; readonly quotes: Severity };
  readonly inlayHints: { readonly types: boolean; readonly speakers: boolean };
}

/**
 * The command behind every code action, executed by the server: arguments `[uri: string, correction: Correction]`.
 * The language client registers it from the server's capabilities, so the client must not register it too.
 */
export const APPLY_CORRECTION_COMMAND = 'presstag.applyCorrection';
