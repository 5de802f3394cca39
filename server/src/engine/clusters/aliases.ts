/**
 * Which person mentions name the same person: full name ↔ surname alone ↔ initials and surname ↔ first
 * name and patronymic. Names are compared in the nominative (their normal forms); a surname alone in an
 * oblique case («Пармона») is still recognised by its stem.
 */

export interface PersonName {
  readonly first: string | null;
  readonly patronymic: string | null;
  readonly surname: string | null;
  /** First letters of the first name and patronymic when only initials are written («В. В.»). */
  readonly initials: readonly string[];
}

const PATRONYMIC = /(?:вич|вна|ична|инична|улы|уулу|кызы|оглы|гызы)$/i;
const INITIAL = /^\p{Lu}\.?$/u;
const CASE_ENDINGS = ['а', 'у', 'ом', 'ем', 'ым', 'им', 'е', 'ой', 'ою', 'ы', 'и', 'ого', 'ому'];

export function parsePersonName(normal: string): PersonName {
  const words = normal.split(/\s+/).filter((w) => w.length > 0);
  const initials = words.filter((w) => INITIAL.test(w)).map((w) => w[0]);
  const full = words.filter((w) => !INITIAL.test(w));
  if (full.length === 0) {
    return { first: null, patronymic: null, surname: null, initials };
  }
  if (full.length === 1) {
    return { first: null, patronymic: null, surname: full[0], initials };
  }
  const patronymicAt = full.findIndex((w, i) => i > 0 && PATRONYMIC.test(w));
  if (patronymicAt === full.length - 1 && full.length === 2) {
    return { first: full[0], patronymic: full[1], surname: null, initials };
  }
  if (patronymicAt === full.length - 1) {
    // «Путин Владимир Владимирович»: surname first, as in official lists.
    return { first: full[full.length - 2], patronymic: full[patronymicAt], surname: full.slice(0, full.length - 2).join(' '), initials };
  }
  const patronymic = patronymicAt > 0 ? full[patronymicAt] : null;
  return { first: full[0], patronymic, surname: full[full.length - 1], initials };
}

/** A surname's key for comparison: lower case, ё as е, feminine endings as masculine (Серикова ~ Сериков). */
export function surnameKey(surname: string): string {
  return lowerCase(surname)
    .replace(/(ов|ев|ин|ын)а$/, '$1')
    .replace(/([сц]к)ая$/, '$1ий');
}

/** Whether a word is the surname with key `key`, in the nominative or with a case ending. */
export function isSurnameForm(word: string, key: string): boolean {
  if (surnameKey(word) === key) {
    return true;
  }
  const stem = stemOf(key);
  return key.length >= 3 && lowerCase(word).startsWith(stem) && CASE_ENDINGS.includes(lowerCase(word).slice(stem.length));
}

/**
 * Keys a person is filed under so that `personProbes` finds it: for every two names `samePerson` accepts, one of
 * the second's probes is among the first's keys (the surname's key, its lower-case form and its stem; the first
 * name with the patronymic). Looking people up this way keeps a long document from comparing every mention
 * with every person, and decides exactly as comparing with everyone would.
 */
export function personKeys(name: PersonName): string[] {
  const keys = fullNameKeys(name);
  if (name.surname !== null) {
    const key = surnameKey(name.surname);
    keys.push(`key\u0000${key}`, `form\u0000${lowerCase(name.surname)}`);
    if (key.length >= 3) {
      keys.push(`stem\u0000${stemOf(key)}`);
    }
  }
  return keys;
}

/** The keys to look a name up by, among people filed by `personKeys`. */
export function personProbes(name: PersonName): string[] {
  const keys = fullNameKeys(name);
  if (name.surname !== null) {
    // Mirrors `isSurnameForm` both ways: the filed surname is a case form of this one, or this one of the filed.
    const key = surnameKey(name.surname);
    const lower = lowerCase(name.surname);
    keys.push(`key\u0000${key}`);
    if (key.length >= 3) {
      keys.push(...CASE_ENDINGS.map((ending) => `form\u0000${stemOf(key)}${ending}`));
    }
    keys.push(...CASE_ENDINGS.filter((ending) => lower.endsWith(ending)).map((ending) => `stem\u0000${lower.slice(0, -ending.length)}`));
  }
  return keys;
}

/** Without a surname on one side, two names agree only through the first name and patronymic. */
function fullNameKeys(name: PersonName): string[] {
  return name.first !== null && name.patronymic !== null ? [`first\u0000${lowerCase(name.first)}\u0000${lowerCase(name.patronymic)}`] : [];
}

function stemOf(key: string): string {
  return key.replace(/(?:ий|ый|ой)$/, '');
}

function lowerCase(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** Whether two names can be the same person: nothing they both give contradicts, and they share a name part. */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (!compatible(a.first, b.first, b.initials[0]) || !compatible(b.first, a.first, a.initials[0])) {
    return false;
  }
  if (!compatible(a.patronymic, b.patronymic, b.initials[1]) || !compatible(b.patronymic, a.patronymic, a.initials[1])) {
    return false;
  }
  if (a.surname !== null && b.surname !== null) {
    return surnameKey(a.surname) === surnameKey(b.surname) || isSurnameForm(a.surname, surnameKey(b.surname)) || isSurnameForm(b.surname, surnameKey(a.surname));
  }
  // Without a surname on one side, first name and patronymic must both be there, and agree (checked above).
  return a.first !== null && b.first !== null && a.patronymic !== null && b.patronymic !== null;
}

function compatible(part: string | null, other: string | null, otherInitial: string | undefined): boolean {
  if (part === null) {
    return true;
  }
  if (other !== null) {
    return same(part, other);
  }
  return otherInitial === undefined || part[0].toUpperCase() === otherInitial.toUpperCase();
}

function same(a: string, b: string): boolean {
  return lowerCase(a) === lowerCase(b);
}

/** How much of a name is written: more parts make the better canonical name. */
export function fullness(name: PersonName): number {
  return (name.first !== null ? 2 : 0) + (name.patronymic !== null ? 2 : 0) + (name.surname !== null ? 2 : 0) + name.initials.length;
}

/** What two mentions of one person tell together. */
export function mergeNames(a: PersonName, b: PersonName): PersonName {
  return {
    first: a.first ?? b.first,
    patronymic: a.patronymic ?? b.patronymic,
    surname: a.surname ?? b.surname,
    initials: a.initials.length >= b.initials.length ? a.initials : b.initials,
  };
}
