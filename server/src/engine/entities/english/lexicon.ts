/**
 * Generic English word lists for entity rules: titles, organisation and place head nouns, connectors inside names,
 * and access to compromise's lexicon (first names, surnames, countries, cities, companies) by lower-cased word.
 * Nothing here names a particular person; places and organisations come from compromise's own lexicon.
 */

import nlp from 'compromise/two';

/** Lexicon tags compromise gives a lower-cased word or phrase, e.g. 'texas' → Region, ProperNoun. */
export type LexiconTags = ReadonlySet<string>;

const NO_TAGS: LexiconTags = new Set();

interface CompromiseModel {
  readonly one: { readonly lexicon: Readonly<Record<string, string | readonly string[]>> };
  readonly two: { readonly orgWords: Readonly<Record<string, boolean>>; readonly placeWords: Readonly<Record<string, boolean>> };
}

let model: CompromiseModel | undefined;
const tagCache = new Map<string, LexiconTags>();

function compromiseModel(): CompromiseModel {
  // The world is built once per process on first use; importing the module costs nothing until then.
  model ??= (nlp as unknown as { world(): { model: CompromiseModel } }).world().model;
  return model;
}

export function lexiconTags(lowerCased: string): LexiconTags {
  let tags = tagCache.get(lowerCased);
  if (tags === undefined) {
    const entry = compromiseModel().one.lexicon[lowerCased];
    tags = entry === undefined ? NO_TAGS : new Set(typeof entry === 'string' ? [entry] : entry);
    tagCache.set(lowerCased, tags);
  }
  return tags;
}

export function isLexiconOrgWord(lowerCased: string): boolean {
  return compromiseModel().two.orgWords[lowerCased] === true || ORG_HEADS.has(lowerCased);
}

export function isLexiconPlaceWord(lowerCased: string): boolean {
  return compromiseModel().two.placeWords[lowerCased] === true || PLACE_HEADS.has(lowerCased);
}

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const ORG_TAGS = ['Organization', 'SportsTeam', 'Company', 'School'];
/** Words compromise knows as something other than a name: verbs, adjectives, function words, dates. */
const COMMON_TAGS = [
  'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Adjective', 'Comparative',
  'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord',
  'Expression', 'Month', 'WeekDay', 'Date', 'Duration', 'TextValue', 'Cardinal', 'Ordinal', 'Plural', 'Uncountable',
  'Actor', 'Singular', 'Noun', 'Unit', 'Negative', 'Condition', 'Reflexive', 'Possessive', 'Demonym',
];

export function hasAnyTag(tags: LexiconTags, wanted: readonly string[]): boolean {
  return wanted.some((t) => tags.has(t));
}

export function isPersonWord(lowerCased: string): boolean {
  return hasAnyTag(lexiconTags(lowerCased), PERSON_TAGS);
}

export function isFirstName(lowerCased: string): boolean {
  return hasAnyTag(lexiconTags(lowerCased), FIRST_NAME_TAGS);
}

/** First names compromise files only as common words ("bill", "rose"); trusted only before a surname. */
export const COMMON_WORD_FIRST_NAMES: ReadonlySet<string> = new Set([
  'bill', 'rush', 'rose', 'hope', 'joy', 'frank', 'dawn', 'sandy', 'hunter', 'al', 'bo', 'ray', 'rob', 'sue', 'jack',
  'grace', 'faith', 'amber', 'penny', 'rusty', 'buck', 'chip', 'hank', 'mitt', 'jeb', 'newt', 'rand', 'lance', 'rex',
  'iris', 'ivy', 'pearl', 'ruby', 'heather', 'holly', 'crystal', 'summer', 'autumn', 'gene', 'earl', 'dean', 'drew',
  'wade', 'cliff', 'dale', 'glen', 'miles', 'major', 'king', 'bishop', 'duke', 'baron', 'marshall', 'carter', 'mason',
]);

export function isPlaceName(lowerCased: string): boolean {
  return hasAnyTag(lexiconTags(lowerCased), PLACE_TAGS) || COUNTRIES_AND_STATES.has(lowerCased);
}

export function isOrgName(lowerCased: string): boolean {
  return hasAnyTag(lexiconTags(lowerCased), ORG_TAGS);
}

/** A word compromise knows only as a common word (never as a name): "Well", "The", "Refugees". */
export function isCommonWord(lowerCased: string): boolean {
  const tags = lexiconTags(lowerCased);
  return tags.size > 0 && !hasAnyTag(tags, [...PERSON_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'ProperNoun']) && hasAnyTag(tags, COMMON_TAGS);
}

export function isNationality(lowerCased: string): boolean {
  const singular = lowerCased.length > 3 ? lowerCased.replace(/s$/, '') : lowerCased;
  if (NATIONALITY_WORDS.has(lowerCased) || lexiconTags(lowerCased).has('Demonym') || lexiconTags(singular).has('Demonym')) {
    return true;
  }
  // Demonyms compromise lacks ("British", "Congolese", "Ukrainian"), unless the word is a known name.
  return /(?:ish|ese|ian|ean)$/.test(singular) && !isPersonWord(singular) && !isPlaceName(singular) && !isOrgName(singular);
}

/**
 * A resident of a place ("Vermonter", "Texan", "Iowans"), or any nationality. Only asked of a word before a name:
 * alone, "Corker" would pass as a resident of Cork.
 */
export function isResidentWord(lowerCased: string): boolean {
  if (isNationality(lowerCased)) {
    return true;
  }
  const singular = lowerCased.replace(/s$/, '');
  if (isPersonWord(singular) || isPlaceName(singular) || isOrgName(singular)) {
    return false;
  }
  const stems = [singular.replace(/er$/, ''), singular.replace(/n$/, ''), singular.replace(/an$/, ''), singular.replace(/n$/, 's')];
  return stems.some((stem) => stem !== singular && stem.length > 2 && isPlaceName(stem));
}

/** Words with a period that belong to the word: titles, company suffixes, AP state abbreviations. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'prof',
  'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'vs', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft', 'no',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash',
  'wis', 'wyo', 'sept', 'oct', 'nov', 'dec', 'jan', 'feb', 'aug', 'apr', 'messrs',
]);

/** Places written as abbreviations (lower-cased, periods removed) and AP state abbreviations. */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'us', 'usa', 'uk', 'dc', 'nyc', 'la', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan',
  'kans', 'ky', 'md', 'mass', 'mich', 'minn', 'miss', 'mont', 'neb', 'nev', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'okla',
  'ore', 'pa', 'ri', 'sc', 'sd', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo', 'wva',
]);

/** Two-letter postal codes of US states, used only inside party-state tags such as "R-IN". */
export const STATE_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY DC PR').split(' '),
);

/** Honorifics: dropped from a person's span and not roles of their own. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'messrs', 'sir', 'dame', 'lord', 'lady', 'madam']);

/** Abbreviated titles spelled out for a role's normal form: "Sen." → "senator". */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'senator', sens: 'senators', rep: 'representative', reps: 'representatives', gov: 'governor', lt: 'lieutenant',
  gen: 'general', col: 'colonel', sgt: 'sergeant', capt: 'captain', cmdr: 'commander', adm: 'admiral', prof: 'professor',
  rev: 'reverend', ag: 'attorney general', ceo: 'chief executive officer',
};

/** Capitalised title words that open a role before a name: "Sen.", "President", "Secretary". */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice', 'senator', 'sen', 'sens', 'representative', 'rep', 'reps', 'congressman', 'congresswoman',
  'governor', 'gov', 'lt', 'gen', 'general', 'col', 'colonel', 'sgt', 'sergeant', 'capt', 'captain', 'cmdr', 'adm',
  'admiral', 'major', 'lieutenant', 'prof', 'professor', 'rev', 'reverend', 'secretary', 'minister', 'premier',
  'chancellor', 'mayor', 'judge', 'justice', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'director',
  'ambassador', 'commissioner', 'sheriff', 'attorney', 'chief', 'king', 'queen', 'prince', 'princess', 'pope',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'spokesman', 'spokeswoman', 'spokesperson', 'officer',
  'dean', 'bishop', 'cardinal', 'ceo', 'coach', 'detective', 'trooper', 'nominee', 'candidate', 'delegate',
  'superintendent', 'treasurer', 'comptroller', 'inspector', 'envoy', 'lawmaker', 'emir', 'sultan', 'sheikh',
  'whip', 'magistrate', 'founder', 'publisher', 'editor', 'anchor', 'host', 'correspondent', 'columnist',
  'ag', 'dhs',
]);

/** Words that may precede or follow a title head inside one role: "Majority Leader", "Attorney General". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'deputy', 'assistant', 'associate', 'acting', 'former', 'prime', 'foreign', 'interior', 'defense', 'defence',
  'finance', 'press', 'majority', 'minority', 'general', 'chief', 'executive', 'state', 'senior', 'first', 'lady',
  'supreme', 'high', 'lieutenant', 'district', 'presidential', 'special', 'national', 'security', 'adviser', 'advisor',
  'counsel', 'county', 'city', 'council', 'attorney', 'operating', 'financial', 'principal', 'managing', 'commanding',
  'house', 'senate', 'minister', 'secretary', 'director', 'officer', 'whip', 'leader', 'justice', 'court', 'health',
  'education', 'labor', 'labour', 'trade', 'economy', 'energy', 'transportation', 'treasury', 'homeland',
]);

/** Head nouns that make a capitalised phrase an organisation: "… Committee", "… Inc.". */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'globe', 'chamber', 'utilities', 'images', 'pictures', 'studios', 'records', 'research', 'polling', 'strategies', 'analytics', 'inc', 'corp', 'co', 'llc', 'ltd', 'plc', 'lp', 'llp', 'gmbh', 'ag', 'sa', 'party', 'times', 'post', 'journal', 'news',
  'press', 'network', 'networks', 'institute', 'university', 'college', 'school', 'department', 'ministry', 'agency',
  'committee', 'commission', 'council', 'court', 'congress', 'senate', 'parliament', 'assembly', 'fund', 'bank',
  'foundation', 'group', 'association', 'union', 'organization', 'organisation', 'federation', 'reserve', 'service',
  'services', 'office', 'board', 'bureau', 'administration', 'tribune', 'herald', 'gazette', 'magazine', 'channel',
  'airlines', 'motors', 'club', 'church', 'corps', 'army', 'navy', 'guard', 'police', 'nations', 'coalition', 'caucus',
  'industries', 'holdings', 'partners', 'systems', 'technologies', 'pharmaceuticals', 'laboratories', 'labs', 'media',
  'broadcasting', 'review', 'monitor', 'daily', 'weekly', 'chronicle', 'observer', 'telegraph', 'guardian', 'examiner',
  'inquirer', 'enquirer', 'reporter', 'wire', 'radio', 'television', 'tv', 'brigade', 'brigades', 'front', 'movement',
  'alliance', 'league', 'society', 'trust', 'center', 'centre', 'authority', 'command', 'forces', 'force', 'cabinet',
  'secretariat', 'tribunal', 'legislature', 'fbi', 'watch', 'project', 'initiative', 'hospital', 'academy',
]);

/** Organisation nouns that are themselves the name when capitalised alone: "the Senate", "the Council". */
export const STANDALONE_ORGS: ReadonlySet<string> = new Set([
  'senate', 'house', 'congress', 'council', 'parliament', 'pentagon', 'kremlin', 'commission', 'fed', 'cabinet',
  'legislature', 'politburo', 'vatican', 'bundestag', 'duma', 'knesset', 'court', 'army', 'navy',
]);

/** Head nouns that make a capitalised phrase a place: rivers, streets, buildings, counties. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'county', 'river', 'street', 'avenue', 'road', 'boulevard', 'square', 'plaza', 'park', 'island', 'islands', 'lake',
  'mountain', 'mountains', 'valley', 'bay', 'province', 'city', 'tower', 'towers', 'building', 'hall', 'bridge', 'capitol',
  'beach', 'coast', 'heights', 'hills', 'springs', 'falls', 'sea', 'ocean', 'gulf', 'strait', 'peninsula', 'desert',
  'stadium', 'arena', 'airport', 'harbor', 'harbour', 'canal', 'states', 'republic', 'kingdom', 'emirates',
  'territory', 'territories', 'district', 'region', 'parish', 'township', 'village', 'borough', 'prefecture', 'oblast',
  'base', 'station', 'palace', 'cathedral', 'mosque', 'temple', 'memorial', 'museum', 'zoo', 'mall', 'pier', 'port',
  'point', 'inn', 'hotel', 'resort', 'motel', 'highway', 'freeway', 'lane', 'drive', 'way', 'court', 'ranch', 'farm', 'field', 'fields', 'forest', 'canyon', 'rim',
]);

/** Heads that make a capitalised phrase a named event: "Democratic National Convention", "Election Day". */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'convention', 'summit', 'games', 'olympics', 'war', 'festival', 'forum', 'championship', 'championships', 'cup',
  'day', 'week', 'expo', 'fair', 'marathon', 'revolution', 'crisis', 'massacre', 'election', 'elections', 'primary',
  'primaries', 'caucuses', 'debate', 'debates', 'hearing', 'hearings', 'conference', 'olympiad', 'series', 'tour', 'awards',
]);

/** Heads that make a capitalised phrase a work: laws, treaties, reports. */
export const WORK_HEADS: ReadonlySet<string> = new Set([
  'act', 'bill', 'treaty', 'agreement', 'accord', 'accords', 'amendment', 'constitution', 'doctrine', 'plan', 'program',
  'programme', 'report', 'declaration', 'charter', 'convention', 'protocol', 'code', 'partnership', 'deal', 'law',
]);

/** Lower-case words that may sit inside a capitalised name: "Bank of America", "Procter & Gamble". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'for', 'and', '&', 'on', 'at', 'de', 'del', 'della', 'der', 'da', 'do', 'dos', 'du', 'van', 'von', 'bin',
  'al', 'el', 'la', 'le', 'y',
]);

/** Particles that begin a surname: "de", "van", "al". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'da', 'dos', 'du', 'van', 'von', 'bin', 'al', 'el', 'la', 'le']);

/** Political words written with a capital that are not names: party adjectives and their members. */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set([
  'democratic', 'democrat', 'democrats', 'republican', 'republicans', 'libertarian', 'libertarians', 'green',
  'conservative', 'conservatives', 'liberal', 'liberals', 'labour', 'tory', 'tories', 'socialist', 'socialists',
  'communist', 'communists', 'independent', 'independents', 'progressive', 'progressives', 'evangelical', 'evangelicals',
  'christian', 'christians', 'muslim', 'muslims', 'jewish', 'jews', 'catholic', 'catholics', 'protestant', 'latino',
  'latinos', 'latina', 'hispanic', 'hispanics', 'arab', 'arabs', 'sunni', 'shiite', 'shia', 'kurdish', 'kurds', 'western',
  'eastern', 'northern', 'southern', 'african', 'asian', 'european', 'islamic', 'federal', 'english', 'french',
  'dutch', 'greek', 'swiss', 'thai', 'iraqi', 'israeli', 'pakistani', 'afghan', 'saudi', 'yemeni', 'kuwaiti', 'qatari',
  'somali', 'bangladeshi', 'emirati', 'soviet', 'houthi', 'millennial', 'millennials', 'baby', 'boomers',
]);

/** Capitalised words that are never names on their own: weekdays, months, interjections, pronouns. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'i', 'i\'m', 'i\'ve', 'i\'ll', 'i\'d', 'ok', 'okay', 'yes', 'no', 'oh', 'well', 'mr', 'mrs', 'ms', 'god', 'internet',
  'web', 'tv', 'am', 'pm', 'ad', 'bc', 'ii', 'iii', 'iv', 'abstract', 'full', 'text', 'crosstalk', 'laughter', 'applause',
  'update', 'updated', 'editor', 'note', 'photo', 'video', 'watch', 'read', 'more', 'advertisement', 'related',
  'pac', 'pacs', 'ceo', 'cfo', 'gdp', 'black', 'white', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'christmas', 'easter', 'thanksgiving', 'ramadan',
]);

/** Countries and US states compromise's lexicon lacks or files only as personal names ("Britain", "Virginia"). */
export const COUNTRIES_AND_STATES: ReadonlySet<string> = new Set([
  'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'america', 'europe', 'asia', 'africa',
  'antarctica', 'australia', 'latin america', 'south america', 'north america', 'middle east', 'gaza', 'west bank',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'washington', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'guam',
]);

/** First words that make a name a place: "San Bernardino", "Fort Worth", "Lake Placid". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['camp', 'san', 'santa', 'santo', 'sao', 'los', 'las', 'fort', 'port', 'mount', 'mt', 'lake', 'cape', 'st', 'sainte', 'isla', 'puerto', 'rio']);

/** Compass names used for regions after "the": "the West", "the Midwest". */
export const COMPASS_REGIONS: ReadonlySet<string> = new Set([
  'west', 'east', 'north', 'south', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest', 'arctic', 'balkans',
]);
