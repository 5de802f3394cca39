/**
 * The gender an English name or its honorific gives, for «he» and «she»: common first names of each gender (a
 * generic lexicon of first names, as the Russian dictionary's Name readings are; no particular person), and the
 * honorifics Mr., Mrs., Ms., Miss. English names have no grammar to tell; a name in neither list stays unknown.
 */

import type { Gender } from './people';

const MASCULINE = [
  'aaron', 'adam', 'adrian', 'alan', 'albert', 'alex', 'alexander', 'alfred', 'allen', 'andrew', 'andy', 'anthony',
  'antonio', 'arthur', 'barry', 'ben', 'benjamin', 'bernard', 'bill', 'billy', 'bob', 'bobby',
  'brad', 'bradley', 'brandon', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'charles', 'charlie', 'chris',
  'christopher', 'chuck', 'clarence', 'craig', 'dan', 'daniel', 'danny', 'darrell', 'dave', 'david', 'dennis',
  'derek', 'dick', 'don', 'donald', 'doug', 'douglas', 'dylan', 'earl', 'ed', 'eddie', 'edward', 'elijah', 'eric',
  'eugene', 'frank', 'fred', 'gary', 'george', 'gerald', 'glenn', 'gordon', 'greg', 'gregory', 'harold', 'harry',
  'henry', 'howard', 'ian', 'jack', 'jacob', 'jake', 'james', 'jason', 'jeff', 'jeffrey', 'jeremy', 'jerry', 'jesse',
  'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'jordan', 'jose', 'joseph', 'josh', 'joshua',
  'juan', 'justin', 'keith', 'ken', 'kenneth', 'kevin', 'kyle', 'larry', 'lawrence', 'louis', 'luis', 'marco',
  'mark', 'martin', 'matt', 'matthew', 'michael', 'mike', 'nathan', 'neil', 'nicholas', 'nick', 'noah',
  'oliver', 'patrick', 'paul', 'pete', 'peter', 'phil', 'philip', 'ralph', 'randy', 'ray', 'raymond', 'richard',
  'rick', 'rob', 'robert', 'roger', 'ron', 'ronald', 'roy', 'russell', 'ryan', 'sam', 'samuel', 'scott',
  'sean', 'stephen', 'steve', 'steven', 'stuart', 'ted', 'terry', 'thomas', 'tim', 'timothy', 'todd',
  'tom', 'tommy', 'tony', 'travis', 'victor', 'vincent', 'walter', 'wayne', 'william', 'willie',
];

const FEMININE = [
  'abigail', 'alice', 'alicia', 'alison', 'amanda', 'amy', 'andrea', 'angela', 'ann', 'anna', 'anne', 'annie',
  'ashley', 'barbara', 'betty', 'beverly', 'brenda', 'carol', 'caroline', 'carolyn', 'catherine', 'cathy',
  'charlotte', 'cheryl', 'christina', 'christine', 'cindy', 'claire', 'diana', 'diane', 'donna', 'doris', 'dorothy',
  'elizabeth', 'ellen', 'emily', 'emma', 'erin', 'evelyn', 'frances', 'gloria', 'grace', 'hannah', 'heather',
  'heidi', 'helen', 'jacqueline', 'jane', 'janet', 'janice', 'jean', 'jennifer', 'jenny', 'jessica',
  'jill', 'joan', 'joanne', 'joyce', 'judith', 'judy', 'julia', 'julie', 'karen', 'kate', 'katherine', 'kathleen',
  'kathryn', 'kathy', 'kelly', 'kim', 'kimberly', 'laura', 'lauren', 'linda', 'lisa', 'lori', 'louise', 'lucy',
  'margaret', 'maria', 'marie', 'marilyn', 'martha', 'mary', 'megan', 'melissa', 'michelle', 'nancy',
  'natalie', 'nicole', 'nina', 'olivia', 'pamela', 'patricia', 'paula', 'peggy', 'rachel', 'rebecca', 'rose', 'ruth',
  'sally', 'samantha', 'sandra', 'sara', 'sarah', 'sharon', 'shirley', 'sophia', 'stephanie', 'susan', 'suzanne',
  'teresa', 'theresa', 'tiffany', 'tina', 'victoria', 'virginia', 'wendy',
];

const FIRST_NAMES = new Map<string, Gender>([
  ...MASCULINE.map((n): [string, Gender] => [n, 'masc']),
  ...FEMININE.map((n): [string, Gender] => [n, 'femn']),
]);

const HONORIFICS = new Map<string, Gender>([['mr', 'masc'], ['mrs', 'femn'], ['ms', 'femn'], ['miss', 'femn']]);

/**
 * The gender of a name by its first word, when a surname follows it (a lone Scott may be a surname), or of the
 * honorific written before it (Mrs. Clinton); null when neither tells.
 */
export function englishGender(words: readonly string[], wordBefore: string | undefined): Gender {
  const first = words.length > 1 ? FIRST_NAMES.get(words[0].toLowerCase()) : undefined;
  return first ?? HONORIFICS.get((wordBefore ?? '').toLowerCase()) ?? null;
}
