/**
 * The text filter shared by the Entities and Quotations views: case-insensitive, ё read as е, and several
 * words must all occur somewhere in the texts searched (a name and its roles, a speaker and a quotation).
 */

export function matchesFilter(haystacks: readonly string[], filter: string): boolean {
  const words = normalise(filter).split(' ').filter((word) => word !== '');
  if (words.length === 0) {
    return true;
  }
  const text = normalise(haystacks.join(' '));
  return words.every((word) => text.includes(word));
}

function normalise(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
