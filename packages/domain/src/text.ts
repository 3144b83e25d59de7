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
