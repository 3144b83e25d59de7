/** Select options from the domain's labelled enums and from lookups, so every picker reads the same labels. */
import { compareVietnamese } from '@danvan/domain';

export interface Option {
  value: string;
  label: string;
}

export function enumOptions<C extends string>(labelled: { codes: readonly C[]; labels: Record<C, string> }): Option[] {
  return labelled.codes.map((code) => ({ value: code, label: labelled.labels[code] }));
}

export function recordOptions<T extends { id: number }>(items: readonly T[] | undefined, label: (item: T) => string) {
  return (items ?? []).map((item) => ({ value: String(item.id), label: label(item) }));
}

/** Distinct values in Vietnamese alphabetical order, e.g. the districts of the communes. */
export function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareVietnamese);
}
