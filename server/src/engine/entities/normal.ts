/**
 * Normal forms of entity mentions: the nominative of the name as a person would write it in a list.
 * PER agrees first name, patronymic and surname; LOC, ORG and EVENT put their head noun and its adjectives
 * into the nominative and keep genitive complements; ROLE does the same for each title of a chain
 * («вице-премьером – министром …») and starts lower case. Abbreviations, Latin names, quoted names, dates,
 * sums and works stay as written; the original capitalisation is kept.
 */

import type { EntityType, Span } from '../types';
import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import { lowerFirst } from './grammar';
import { nounPhraseNominative } from './nounPhrase';
import { personNominative } from './personNames';
import { adjectivesNominative, isAdjectivalName } from './sharedHead';
import { tokensIn } from './tokenRange';

export interface NormalRequest extends Span {
  readonly type: EntityType;
}

export function normalForm(document: TaggedDocument, request: NormalRequest): string {
  const tokens = tokensIn(document, request);
  const text = document.text.slice(request.start, request.end);
  // A name in quotation marks is a title, written as its owner writes it («Самрук-Казына», not declined).
  if (/[«"„“”']$/.test(document.text.slice(0, request.start)) && /^[»"“”']/.test(document.text.slice(request.end))) {
    return text;
  }
  switch (request.type) {
    case 'PER':
      return render(document.text, request, tokens, personNominative(tokens));
    case 'LOC':
      return render(document.text, request, tokens, nameNominative(document, request, tokens, 'Geox'));
    case 'ORG':
      return render(document.text, request, tokens, nameNominative(document, request, tokens, 'Orgn'));
    case 'EVENT':
      return render(document.text, request, tokens, nounPhraseNominative(tokens, { preferHead: null }));
    case 'ROLE':
      return lowerFirst(render(document.text, request, tokens, roleNominative(tokens)));
    default:
      return text;
  }
}

/** Tokens after a name that may hold the noun its adjectives qualify (sharedHead.ts), in characters. */
const HEAD_LOOKAHEAD = 200;

/** A place's or organisation's noun phrase; a name of adjectives alone agrees with its noun after it. */
function nameNominative(document: TaggedDocument, request: NormalRequest, tokens: readonly TaggedToken[], preferHead: string): Map<number, string> {
  if (isAdjectivalName(tokens)) {
    return adjectivesNominative(tokens, tokensIn(document, { start: request.end, end: Math.min(document.text.length, request.end + HEAD_LOOKAHEAD) }));
  }
  return nounPhraseNominative(tokens, { preferHead });
}

/** Each title of a dash chain is its own noun phrase. */
function roleNominative(tokens: readonly TaggedToken[]): Map<number, string> {
  const out = new Map<number, string>();
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || /^[-–—]$/.test(tokens[i].text)) {
      for (const [k, form] of nounPhraseNominative(tokens.slice(from, i), { preferHead: null })) {
        out.set(from + k, form);
      }
      from = i + 1;
    }
  }
  return out;
}

/** The span's text with the given tokens replaced; the spacing between tokens is the original one. */
function render(text: string, span: Span, tokens: readonly TaggedToken[], replacements: ReadonlyMap<number, string>): string {
  let out = '';
  let at = span.start;
  tokens.forEach((t, i) => {
    out += text.slice(at, t.start) + (replacements.get(i) ?? t.text);
    at = t.end;
  });
  return out + text.slice(at, span.end);
}
