/**
 * Titles given to a person by apposition: before the name («вице-премьер Серик Жумангарин», «вице-президентом
 * РАН, председателем СО РАН академиком Валентином Пармоном») or after it, between commas («Валентин Пармон,
 * председатель СО РАН,»). Each pair ties a ROLE mention to a PER mention.
 */

import type { FoundEntity } from '../entities/find';

export interface RoleApposition {
  /** Indices into the mentions given to `findRoleAppositions`. */
  readonly role: number;
  readonly person: number;
}

/** Between titles of one chain, and between the last title and the name, only spaces and commas. */
const BEFORE_NAME_GAP = /^[\s,]*$/;
const AFTER_NAME_GAP = /^\s*,\s*$/;

/** `mentions` are sorted by start, longer first at the same start. */
export function findRoleAppositions(text: string, mentions: readonly FoundEntity[]): RoleApposition[] {
  const top = topLevel(mentions);
  const pairs: RoleApposition[] = [];
  top.forEach((index, k) => {
    const mention = mentions[index];
    if (mention.type !== 'PER') {
      return;
    }
    // Titles before the name, walking back over the chain.
    for (let j = k - 1; j >= 0; j--) {
      const previous = mentions[top[j]];
      const gap = text.slice(previous.end, mentions[top[j + 1]].start);
      if (previous.type !== 'ROLE' || !BEFORE_NAME_GAP.test(gap)) {
        break;
      }
      pairs.push({ role: top[j], person: index });
    }
    // Titles after the name, between commas.
    for (let j = k + 1; j < top.length; j++) {
      const next = mentions[top[j]];
      if (next.type !== 'ROLE' || !AFTER_NAME_GAP.test(text.slice(mentions[top[j - 1]].end, next.start))) {
        break;
      }
      pairs.push({ role: top[j], person: index });
    }
  });
  return pairs.sort((a, b) => mentions[a.role].start - mentions[b.role].start);
}

/** Indices of the mentions not nested inside another one («Республики Казахстан» inside a ROLE is skipped). */
function topLevel(mentions: readonly FoundEntity[]): number[] {
  const out: number[] = [];
  let end = -1;
  mentions.forEach((m, i) => {
    if (m.start >= end) {
      out.push(i);
      end = m.end;
    }
  });
  return out;
}
