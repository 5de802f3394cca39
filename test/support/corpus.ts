/**
 * A generator of synthetic Russian news articles for workspace tests and the indexing benchmark: templates
 * filled with people and organisations whose names are made up by joining generic stems and endings, so no
 * name comes from a sample or a data set. Seeded, so the same call gives the same articles.
 */

export interface GeneratedArticle {
  /** A file name, `article-0001.txt`. */
  readonly name: string;
  readonly text: string;
  /** The people the article quotes or names, in the nominative: «Имя Фамилия». */
  readonly people: readonly string[];
  /** Organisation names as written inside the quotation marks. */
  readonly organisations: readonly string[];
}

interface Person {
  readonly first: string;
  /** The surname's stem: the endings of its cases are added to it. */
  readonly surnameStem: string;
  readonly role: string;
}

const FIRST_STEMS = ['Бор', 'Вел', 'Рад', 'Мир', 'Свет', 'Яр', 'Влад', 'Стан', 'Добр', 'Люб'];
const FIRST_ENDINGS = ['ислав', 'омир', 'ослав'];
const SURNAME_STEMS = ['Берез', 'Гончар', 'Кузнец', 'Мельник', 'Озерц', 'Полевик', 'Рябин', 'Сокол', 'Тихомир', 'Ветлуг', 'Каменщик', 'Луговск', 'Снегир', 'Ольшан'];
const ROLES = ['министр экономики', 'глава администрации', 'директор департамента', 'председатель совета директоров', 'генеральный директор', 'заместитель губернатора'];
const ORG_STEMS = ['Север', 'Техно', 'Агро', 'Энерго', 'Строй', 'Транс', 'Медиа', 'Нефте'];
const ORG_ENDINGS = ['пром', 'лайн', 'холдинг', 'инвест', 'сервис'];
const TOPICS = ['строительство новой дороги', 'модернизацию городских больниц', 'поддержку малого бизнеса', 'развитие общественного транспорта', 'ремонт школ', 'цифровизацию государственных услуг'];
const QUOTES = [
  'Мы рассчитываем завершить первый этап работ до конца года',
  'Это решение позволит создать сотни новых рабочих мест',
  'Финансирование программы будет увеличено вдвое',
  'Мы открыты к диалогу со всеми участниками рынка',
  'Главная задача сейчас — обеспечить прозрачность расходов',
  'Результаты превзошли наши ожидания',
];
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const FILLER = [
  'Участники обсудили сроки реализации проекта и источники его финансирования.',
  'По оценкам экспертов, спрос на подобные услуги в ближайшие годы будет расти.',
  'Ранее сообщалось, что проект включен в региональную программу развития.',
  'Общая стоимость работ оценивается в несколько миллиардов рублей.',
  'Представители общественности высказали ряд замечаний к плану работ.',
  'Окончательное решение будет принято после публичных слушаний.',
];

/** A small seeded generator (mulberry32): tests must see the same corpus on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  // A fixed cast of people and organisations, so the same names recur across articles as in a real news feed.
  const people: Person[] = [];
  for (let i = 0; i < 24; i++) {
    people.push({ first: pick(FIRST_STEMS) + pick(FIRST_ENDINGS), surnameStem: SURNAME_STEMS[i % SURNAME_STEMS.length] + (i < SURNAME_STEMS.length ? 'ов' : 'ин'), role: pick(ROLES) });
  }
  const organisations = ORG_STEMS.flatMap((stem) => ORG_ENDINGS.map((ending) => stem + ending));
  const articles: GeneratedArticle[] = [];
  for (let n = 1; n <= count; n++) {
    const speaker = pick(people);
    const other = pick(people.filter((p) => p !== speaker));
    const company = pick(organisations);
    const partner = pick(organisations.filter((o) => o !== company));
    const full = (p: Person): string => `${p.first} ${p.surnameStem}`;
    const paragraphs = [
      `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2020 + Math.floor(next() * 5)} года ${speaker.role} ${full(speaker)} провел совещание, посвященное теме «${pick(TOPICS)}». В нем приняли участие представители компании «${company}» и холдинга «${partner}».`,
      `«${pick(QUOTES)}», — заявил ${speaker.surnameStem}. По словам ${speaker.first}а ${speaker.surnameStem}а, ${pick(TOPICS)} остается приоритетом на ближайшие годы.`,
      [pick(FILLER), pick(FILLER), pick(FILLER)].join(' '),
      `${other.role[0].toUpperCase()}${other.role.slice(1)} ${full(other)} отметил, что компания «${company}» уже выполнила часть обязательств. «${pick(QUOTES)}», — сказал ${other.surnameStem}.`,
      [pick(FILLER), pick(FILLER), pick(FILLER), pick(FILLER)].join(' '),
      `Встреча с ${speaker.first}ом ${speaker.surnameStem}ым продолжится на следующей неделе. ${pick(FILLER)} ${pick(FILLER)}`,
      [pick(FILLER), pick(FILLER), pick(FILLER), pick(FILLER), pick(FILLER)].join(' '),
      `Как сообщили в пресс-службе «${partner}», холдинг готов расширить участие в проекте. ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
      [pick(FILLER), pick(FILLER), pick(FILLER), pick(FILLER)].join(' '),
      `Позже ${speaker.surnameStem} добавил: «${pick(QUOTES)}». ${pick(FILLER)} ${pick(FILLER)}`,
      [pick(FILLER), pick(FILLER), pick(FILLER), pick(FILLER), pick(FILLER)].join(' '),
    ];
    articles.push({ name: `article-${String(n).padStart(4, '0')}.txt`, text: paragraphs.join('\n\n') + '\n', people: [full(speaker), full(other)], organisations: [company, partner] });
  }
  return articles;
}
