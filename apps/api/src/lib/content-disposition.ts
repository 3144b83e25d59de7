/**
 * Content-Disposition for downloads with Vietnamese names (RFC 6266): an ASCII `filename` for old
 * clients, and the real name as `filename*` in UTF-8 (RFC 5987), which every current browser prefers.
 */
import { foldVietnamese, formatDate } from '@danvan/domain';

/** "Báo cáo 10-09-2021 đến 18-03-2022.docx" → "bao-cao-10-09-2021-den-18-03-2022.docx" */
export function asciiFilename(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const ascii = foldVietnamese(stem)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${ascii || 'tai-ve'}${ext.replace(/[^.a-zA-Z0-9]/g, '')}`;
}

/** RFC 5987 value: UTF-8, percent-encoded, with the characters `encodeURIComponent` leaves but attr-char forbids. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachment(name: string): string {
  const normalized = name.normalize('NFC');
  return `attachment; filename="${asciiFilename(normalized)}"; filename*=UTF-8''${encodeRfc5987(normalized)}`;
}

/**
 * What a download holds, for which period and scope, as a file name without its extension:
 * "Kinh phí theo xã 10-09-2021 đến 18-03-2022 Huyện Ba Bể" (no characters a file system refuses).
 */
export function periodFilename(what: string, period: { from: string; to: string }, scope: string | null): string {
  const day = (iso: string) => formatDate(iso).replaceAll('/', '-');
  const where = scope
    ? ` ${scope
        .replace(/[\\/:*?"<>|,]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()}`
    : '';
  return `${what} ${day(period.from)} đến ${day(period.to)}${where}`;
}
