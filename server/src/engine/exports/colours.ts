/**
 * One colour per entity type, shared by the HTML page and brat's visual.conf so both show a type alike
 * (displaCy's palette where it has the type).
 */

import type { EntityType } from '../types';

export const ENTITY_COLOURS: Readonly<Record<EntityType, string>> = {
  PER: '#aa9cfc',
  ORG: '#7aecec',
  LOC: '#feca74',
  ROLE: '#c7f0a5',
  DATE: '#bfe1d9',
  MONEY: '#e4e7d2',
  EVENT: '#ffeb80',
  WORK: '#f0c8f8',
};

/** The quotation highlight and its underline. */
export const QUOTE_COLOUR = '#fff3c4';
export const QUOTE_LINE_COLOUR = '#d9a300';
