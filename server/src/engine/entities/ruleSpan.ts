/**
 * What every entity rule returns: a typed span and the id of the rule that found it.
 */

import type { EntityType } from '../types';

/** A span found by a rule; offsets are string indices. */
export interface RuleSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Stable kebab-case id of the rule, shown in hovers and --debug. */
  readonly rule: string;
}
