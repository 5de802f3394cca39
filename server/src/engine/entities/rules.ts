/**
 * Every entity rule over a Russian document: ROLE, DATE, MONEY, EVENT, WORK or ORG names in quotation marks, and
 * a state's governing body (ORG). A body is no event, though some of its nouns head events too («Конгресс США»).
 */

import type { TaggedDocument } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { findDates } from './dates';
import { findEvents } from './events';
import { findMoney } from './money';
import { findRoles } from './roles';
import { findStateBodies } from './stateBodies';
import { findWorks } from './works';

export function findRuleEntities(document: TaggedDocument): RuleSpan[] {
  const bodies = findStateBodies(document);
  const events = findEvents(document).filter((e) => !bodies.some((b) => b.start === e.start));
  return [...findRoles(document), ...findDates(document), ...findMoney(document), ...events, ...findWorks(document), ...bodies];
}
