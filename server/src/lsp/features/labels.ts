/**
 * Words shown to people for the engine's codes (type names, how a speaker was found) and previews of long text.
 */

import type { EntityType, SpeakerResolution } from '../../engine';
import { TOKEN_TYPE_OF } from '../protocol';

export function typeLabel(type: EntityType): string {
  return `${TOKEN_TYPE_OF[type]} (${type})`;
}

const RESOLUTION_LABEL: Readonly<Record<SpeakerResolution, string>> = {
  name: 'named next to the quotation',
  surname: 'by surname, matched to the full name',
  title: 'by title, matched to the person holding it',
  pronoun: 'by pronoun, matched to the last person mentioned',
  organisation: 'an organisation speaks',
  descriptive: 'described, never named in the text',
  manual: 'set by you',
  none: 'not found',
};

export function resolutionLabel(resolution: SpeakerResolution): string {
  return RESOLUTION_LABEL[resolution];
}

/** A long text cut to one line of at most `maxLength` characters. */
export function previewOf(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}
