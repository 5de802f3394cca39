/**
 * Organisation names the press writes in lower case: an adjective of place, an organisation head and the genitive
 * naming its field («американского министерства иностранных дел», «российском министерстве финансов», «американском
 * музее аэронавтики») name one institution, and factRuEval marks them as org_name, where a bare head with adjectives
 * («эстонская полиция», «китайский банк») or a plural («американских компаний») is only a descriptor. The model
 * hardly ever tags such a phrase (its training names start with a capital), so the document pass finds it by grammar;
 * so too a national team named with its sport («сборную России по бобслею»).
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, isInside, nameEnd, typeOfLabel } from './labels';
import { ADJECTIVE, DATIVE, GENITIVE, adjacent, isPlaceAdjective, keysOf, nounPhrase } from './nameGrammar';

export function findLowerCaseNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  return findTeams(tokens, findInstitutions(tokens, labels));
}

function findInstitutions(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const text = tokens[i].text;
    // Every form of an adjective in -ский / -цкий spells «ск» or «цк»: a cheap test before the parses.
    if (out[i] !== OUTSIDE || !(text.includes('ск') || text.includes('цк')) || text.charAt(0) === text.charAt(0).toUpperCase() || !isPlaceAdjective(tokens[i])) {
      continue;
    }
    const head = nounPhrase(tokens, i + 1, keysOf(tokens[i], ADJECTIVE), { organisationHead: true });
    if (head === null || [...head.keys].every((k) => k.endsWith('plur'))) {
      continue;
    }
    const field = nounPhrase(tokens, head.end, GENITIVE, { organisationHead: false });
    if (field === null || !isField(tokens, head.end, field.end) || out.subarray(i, field.end).some((l) => l !== OUTSIDE)) {
      continue;
    }
    out[i] = beginLabel('ORG');
    out.fill(beginLabel('ORG') + 1, i + 1, field.end);
    i = field.end - 1;
  }
  return out;
}

/**
 * The words from..to are a noun phrase by their best parses: az also reads a preposition («в») or an abbreviation
 * («им») as a genitive noun, which no field is, and «имени» begins the person a body is named after.
 */
function isField(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const best = tokens[k].parses[0];
    if (best === undefined || !FIELD_POS.has(best.pos) || best.grammemes.has('Abbr') || best.lemma === 'имя') {
      return false;
    }
  }
  return true;
}

const FIELD_POS = new Set(['NOUN', 'ADJF', 'PRTF']);

/**
 * A national team named with its sport is a name in factRuEval, descriptor and place included: «сборную России по
 * бобслею и скелетону», «сборную страны по бобслею» are org_names, where «сборная России» alone is a descriptor and a
 * place. So «сборная», a place (a LOC, or a lower-case genitive such as «страны»), «по» and a dative phrase (and one
 * coordinated with it) are one ORG.
 */
function findTeams(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  for (let i = 0; i + 3 < n; i++) {
    const text = tokens[i].text;
    if (!(text.startsWith('сборн') || text.startsWith('Сборн')) || !tokens[i].parses.some((p) => p.pos === 'NOUN' && p.lemma === 'сборная') || !adjacent(tokens, i + 1)) {
      continue;
    }
    let k = i + 1;
    if (typeOfLabel(out[k]) === 'LOC' && !isInside(out[k])) {
      k = nameEnd(out, k);
    } else {
      k = out[k] === OUTSIDE ? (nounPhrase(tokens, k, GENITIVE, { organisationHead: false })?.end ?? -1) : -1;
    }
    if (k < 0 || k + 1 >= n || !adjacent(tokens, k) || tokens[k].text !== 'по') {
      continue;
    }
    const sport = nounPhrase(tokens, k + 1, DATIVE, { organisationHead: false });
    if (sport === null) {
      continue;
    }
    let end = sport.end;
    if (end + 1 < n && adjacent(tokens, end) && tokens[end].text === 'и') {
      end = nounPhrase(tokens, end + 1, DATIVE, { organisationHead: false })?.end ?? end;
    }
    out[i] = beginLabel('ORG');
    out.fill(beginLabel('ORG') + 1, i + 1, end);
    i = end - 1;
  }
  return out;
}
