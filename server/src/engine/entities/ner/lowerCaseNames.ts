/**
 * Organisation names the press writes in lower case: an adjective of place, an organisation head and the genitive
 * naming its field («американского министерства иностранных дел», «российском министерстве финансов», «американском
 * музее аэронавтики») name one institution, and factRuEval marks them as org_name, where a bare head with adjectives
 * («эстонская полиция», «китайский банк») or a plural («американских компаний») is only a descriptor. The model
 * hardly ever tags such a phrase (its training names start with a capital), so the document pass finds it by grammar.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel } from './labels';
import { ADJECTIVE, GENITIVE, isPlaceAdjective, keysOf, nounPhrase } from './nameGrammar';

export function findLowerCaseNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (out[i] !== OUTSIDE || !isPlaceAdjective(tokens[i]) || tokens[i].text.charAt(0) === tokens[i].text.charAt(0).toUpperCase()) {
      continue;
    }
    const head = nounPhrase(tokens, i + 1, keysOf(tokens[i], ADJECTIVE), { organisationHead: true });
    if (head === null || [...head.keys].every((k) => k.endsWith('plur'))) {
      continue;
    }
    const field = nounPhrase(tokens, head.end, GENITIVE, { organisationHead: false });
    if (field === null || out.subarray(i, field.end).some((l) => l !== OUTSIDE)) {
      continue;
    }
    out[i] = beginLabel('ORG');
    out.fill(beginLabel('ORG') + 1, i + 1, field.end);
    i = field.end - 1;
  }
  return out;
}
