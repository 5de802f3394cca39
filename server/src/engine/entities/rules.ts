/**
 * Every entity rule over a Russian document: ROLE, DATE, MONEY, EVENT, and WORK or ORG names in quotation marks.
 */

import type { TaggedDocument } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { findDates } from './dates';
import { findEvents } from './events';
import { findMoney } from './money';
import { findRoles } from './roles';
import { findWorks } from './works';

export function findRuleEntities(document: TaggedDocument): RuleSpan[] {
  return [...findRoles(document), ...findDates(document), ...findMoney(document), ...findEvents(document), ...findWorks(document)];
}
