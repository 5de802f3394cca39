/**
 * English names inside Russian text carry their kind in their last words, as Russian ones do in their head noun:
 * «Committee to Protect Journalists», «World Fashion Channel» are organisations, «Corus Chess Tournament» an event
 * (no name in factRuEval). az has no parses for them, so the model guesses their type from shape alone; a run of
 * Latin words with a generic English head of either kind takes that reading as a whole.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, isInside } from './labels';

/** Generic English words that end or head the name of an organisation. */
const ORGANISATION_HEADS = new Set([
  'agency', 'airlines', 'airways', 'association', 'bank', 'channel', 'committee', 'communications', 'company',
  'consulting', 'corporation', 'council', 'electronics', 'engineering', 'entertainment', 'foundation', 'group',
  'holding', 'holdings', 'industries', 'institute', 'investments', 'logistics', 'ministry', 'motors', 'networks',
  'news', 'organization', 'organisation', 'partners', 'party', 'pharmaceuticals', 'press', 'society', 'software',
  'solutions', 'studios', 'systems', 'technologies', 'university',
]);

/** Generic English words that head the name of an event. */
const EVENT_HEADS = new Set(['awards', 'championship', 'cup', 'festival', 'games', 'prix', 'tournament']);

/** Lower-case words a Latin name may hold between its capitalised ones. */
const LINKS = new Set(['of', 'and', 'to', 'for', 'the', 'on', 'in', '&']);

export function readEnglishHeads(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!/^[A-Z][A-Za-z'-]*$/.test(tokens[i].text) || isInside(out[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && tokens[j + 1].sentence === tokens[i].sentence && tokens[j + 1].start - tokens[j].end === 1 && (/^[A-Z][A-Za-z'-]*$/.test(tokens[j + 1].text) || LINKS.has(tokens[j + 1].text))) {
      j++;
    }
    while (j > i && LINKS.has(tokens[j].text)) {
      j--;
    }
    const words = tokens.slice(i, j + 1).map((t) => t.text.toLowerCase());
    const closed = j + 1 >= n || !isInside(out[j + 1]);
    if (j > i && closed && words.some((w) => EVENT_HEADS.has(w))) {
      out.fill(OUTSIDE, i, j + 1);
    } else if (j > i && closed && words.some((w) => ORGANISATION_HEADS.has(w))) {
      out[i] = beginLabel('ORG');
      out.fill(beginLabel('ORG') + 1, i + 1, j + 1);
    }
    i = j + 1;
  }
  return out;
}
