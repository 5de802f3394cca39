/**
 * How the side-bar views show each entity type: order, plural heading, codicon and the theme colour that
 * matches the editor's semantic token colour of that type (package.json declares `presstag.<token type>`).
 */

import { TOKEN_TYPE_OF, type CorpusEntity } from '../../../server/src/lsp/protocol';

export type EntityType = CorpusEntity['type'];

/** The legend order, which is also the order of the editor's tag types. */
export const TYPE_ORDER: readonly EntityType[] = Object.keys(TOKEN_TYPE_OF).filter((type): type is EntityType => type !== 'QUOTE');

export const TYPE_HEADING: Readonly<Record<EntityType, string>> = {
  PER: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  ROLE: 'Roles',
  DATE: 'Dates',
  MONEY: 'Sums',
  EVENT: 'Events',
  WORK: 'Works',
};

export const TYPE_CODICON: Readonly<Record<EntityType, string>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  ROLE: 'briefcase',
  DATE: 'calendar',
  MONEY: 'credit-card',
  EVENT: 'milestone',
  WORK: 'book',
};

/** The contributed colour id of a type, e.g. `presstag.person`. */
export function typeColorId(type: EntityType | 'QUOTE'): string {
  return `presstag.${TOKEN_TYPE_OF[type]}`;
}
