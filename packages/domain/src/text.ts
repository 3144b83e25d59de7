/**
 * Vietnamese text: stored in NFC, compared without regard to diacritics, case or normal form,
 * sorted with the Vietnamese collation.
 */

/** NFC and trimmed: the form every stored string takes. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim();
}

/**
 * The search key of a text: lower case, without diacritics, đ as d, runs of white space as one.
 * "Hà Giang", "HA GIANG" and an NFD "Hà Giang" all fold to "ha giang".
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `haystack` contains `needle`, ignoring diacritics, case and normal form. */
export function matchesVietnamese(haystack: string, needle: string): boolean {
  return foldVietnamese(haystack).includes(foldVietnamese(needle));
}

export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/** Letters in Vietnamese alphabetical order (with f, j, w, z where Latin puts them). */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // huyền, hỏi, ngã, sắc, nặng
const LETTER_MARKS: Record<string, string> = { '\u0306': 'ă', '\u0302': 'â', '\u031b': 'ơ' };

/**
 * A key whose plain byte order (SQLite's BINARY collation) is the Vietnamese alphabetical order
 * of `Intl.Collator('vi')`: letters first (ă after a, â after ă, đ after d…), then tones (none,
 * huyền, hỏi, ngã, sắc, nặng) only where the letters are equal; numbers by value. Case is ignored.
 * It refines `compareVietnamese` (never contradicts it) and is stored next to
 * names so that lists sort in SQL and still page correctly.
 */
export function vietnameseSortKey(value: string): string {
  let primary = '';
  let secondary = '';
  // Numbers compare by value as with `numeric: true`: each run of digits is prefixed by its length.
  const text = value
    .normalize('NFC')
    .toLowerCase()
    .replace(/\d+/g, (run) => {
      const digits = run.replace(/^0+(?=\d)/, '');
      return `\u0002${String.fromCharCode(0x30 + Math.min(digits.length, 15))}${digits}`;
    });
  for (const ch of text) {
    const parts = [...ch.normalize('NFD')];
    let base = parts[0] ?? '';
    let tone = 0;
    for (const mark of parts.slice(1)) {
      const t = TONES.indexOf(mark);
      if (t >= 0) tone = t + 1;
      else if (mark in LETTER_MARKS) {
        // ơ and ư share the horn; ê and ô the circumflex.
        if (mark === '\u031b') base = base === 'u' ? 'ư' : 'ơ';
        else if (mark === '\u0302') base = base === 'e' ? 'ê' : base === 'o' ? 'ô' : 'â';
        else base = 'ă';
      }
    }
    const index = ALPHABET.indexOf(base);
    if (index >= 0) {
      primary += String.fromCharCode(0x41 + index);
      secondary += String(tone);
    } else {
      primary += base;
    }
  }
  return `${primary}\u0001${secondary}`;
}
