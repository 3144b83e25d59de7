/**
 * Content-Disposition for downloads with Vietnamese names (RFC 6266): an ASCII `filename` for old
 * clients, and the real name as `filename*` in UTF-8 (RFC 5987), which every current browser prefers.
 */
import { foldVietnamese } from '@danvan/domain';

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
