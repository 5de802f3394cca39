/**
 * Kazakh letters mapped to their nearest Russian ones before dictionary lookup, so Kazakh names and
 * words written in Cyrillic get Russian morphology guesses (the text itself is never changed).
 */

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
  'Ә': 'А', 'Ғ': 'Г', 'Қ': 'К', 'Ң': 'Н', 'Ө': 'О', 'Ұ': 'У', 'Ү': 'У', 'Һ': 'Х', 'І': 'И',
};

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

export function mapKazakhLetters(word: string): string {
  return word.replace(KAZAKH_LETTER, (ch) => KAZAKH_TO_RUSSIAN[ch]);
}

export function hasKazakhLetters(word: string): boolean {
  return /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(word);
}
