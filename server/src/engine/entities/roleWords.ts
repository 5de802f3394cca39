/**
 * The lexicon of generic title words that head a ROLE («министр», «вице-премьер», «академик»), and the
 * question whether a token is one of them. Prefixed titles («вице-президент», «экс-министр») count too.
 */

import type { Parse } from '../tokens/morphology';
import type { TaggedToken } from '../tokens/tag';

const TITLE_HEADS: ReadonlySet<string> = new Set([
  // Government and state.
  'министр', 'премьер', 'премьер-министр', 'вице-премьер', 'президент', 'вице-президент', 'председатель',
  'зампред', 'зампредседателя', 'глава', 'губернатор', 'вице-губернатор', 'аким', 'мэр', 'вице-мэр', 'градоначальник',
  'депутат', 'сенатор', 'спикер', 'канцлер', 'вице-канцлер', 'госсекретарь', 'секретарь', 'генсек',
  'пресс-секретарь', 'представитель', 'полпред', 'постпред', 'посол', 'консул', 'генконсул', 'атташе',
  'уполномоченный', 'омбудсмен', 'советник', 'помощник', 'заместитель', 'замминистра', 'замглавы',
  'руководитель', 'начальник', 'директор', 'гендиректор', 'управляющий', 'префект', 'комиссар', 'еврокомиссар',
  'король', 'королева', 'монарх', 'император', 'кронпринц', 'принц', 'принцесса', 'султан', 'эмир', 'шейх',
  // Courts, police, military.
  'судья', 'прокурор', 'генпрокурор', 'следователь', 'адвокат', 'генерал', 'маршал', 'адмирал', 'полковник',
  'командующий', 'главнокомандующий', 'главком', 'начштаба',
  // Business and organisations.
  'член', 'основатель', 'сооснователь', 'владелец',
  'совладелец', 'акционер', 'ректор', 'проректор', 'декан', 'завкафедрой', 'заведующий', 'лидер', 'вице-спикер',
  'управделами', 'казначей', 'омбудсман', 'координатор', 'куратор', 'администратор', 'главврач', 'главред',
  'редактор', 'шеф-редактор', 'продюсер', 'режиссёр', 'режиссер', 'тренер', 'капитан',
  // Academic ranks and professions that name a person's position.
  'академик', 'член-корреспондент', 'профессор', 'доцент', 'эксперт', 'аналитик',
  'политолог', 'экономист', 'журналист', 'корреспондент', 'обозреватель', 'юрист', 'врач', 'инженер',
  'конструктор', 'архитектор', 'писатель', 'поэт', 'художник', 'композитор', 'актёр', 'актер', 'актриса',
  'певец', 'певица', 'музыкант', 'дирижёр', 'дирижер', 'спортсмен', 'космонавт', 'астронавт', 'дипломат',
  'аудитор', 'омбудсвумен', 'патриарх', 'митрополит', 'епископ', 'муфтий', 'раввин',
]);

const PREFIXES = /^(?:вице|экс|зам|и\.о)-/;

/** A word that must be followed by a complement to be a title («глава министерства», not «глава книги»). */
const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set(['глава', 'член', 'представитель', 'руководитель', 'лидер', 'начальник', 'заведующий']);

/** The title lemma a token stands for, or null; only singular noun readings count. */
export function titleLemma(token: TaggedToken): string | null {
  if (token.kind !== 'word') {
    return null;
  }
  return titleParse(token)?.lemma ?? null;
}

/** The singular noun reading of a title word, or null when the token is no title. */
export function titleParse(token: TaggedToken): Parse | null {
  for (const p of token.parses) {
    if (p.pos === 'NOUN' && !p.grammemes.has('plur') && !p.grammemes.has('Name') && !p.grammemes.has('Surn') && isTitle(p.lemma, token.text)) {
      return p;
    }
  }
  return null;
}

export function needsComplement(lemma: string): boolean {
  return NEEDS_COMPLEMENT.has(lemma);
}

function isTitle(lemma: string, word: string): boolean {
  if (TITLE_HEADS.has(lemma)) {
    return true;
  }
  const prefix = PREFIXES.exec(word.toLowerCase());
  return prefix !== null && TITLE_HEADS.has(lemma.replace(PREFIXES, ''));
}
