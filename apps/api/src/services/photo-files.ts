/**
 * Evidence photos as files: what an upload is (judged by its bytes, never by the name or the
 * declared type), how it is re-encoded (EXIF orientation applied, at most PHOTO_MAX_SIDE pixels on
 * the long side, JPEG without any metadata, so no GPS position leaves the phone's photo), and where
 * the result lives: `<DATA_DIR>/photos/<key>.jpg` and `<key>.thumb.jpg`. A path is only ever built
 * from a key this module made (a UUID), never from anything a client sent.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PHOTO_MAX_SIDE, PHOTO_TYPES, THUMBNAIL_SIDE } from '@danvan/domain';
import sharp from 'sharp';
import { HttpProblem } from '../plugins/problems.js';

export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Larger images are refused before decoding: a small PNG can unpack to gigabytes (decompression bomb). */
export const PHOTO_MAX_PIXELS = 100_000_000;
export const PHOTO_JPEG_QUALITY = 82;
export const THUMBNAIL_JPEG_QUALITY = 78;

export interface EncodedImage {
  data: Buffer;
  width: number;
  height: number;
}

export interface ProcessedPhoto {
  /** The type the upload really was. */
  sourceType: PhotoType;
  photo: EncodedImage;
  thumbnail: EncodedImage;
}

const LABELS: Record<string, string> = {
  gif: 'GIF',
  svg: 'SVG',
  tiff: 'TIFF',
  heif: 'HEIC/HEIF',
  avif: 'AVIF',
  pdf: 'PDF',
  jp2: 'JPEG 2000',
  jxl: 'JPEG XL',
  bmp: 'BMP',
};

function unsupportedType(found: string | null): HttpProblem {
  return new HttpProblem(
    415,
    'unsupported-photo-type',
    'Định dạng ảnh không được hỗ trợ',
    `Chỉ nhận ảnh JPEG, PNG hoặc WebP${found ? `; tệp gửi lên là ${found}` : '; tệp gửi lên không phải là ảnh'}.`,
  );
}

function undecodable(): HttpProblem {
  return new HttpProblem(
    400,
    'undecodable-photo',
    'Không đọc được ảnh',
    'Tệp ảnh bị hỏng hoặc không trọn vẹn; hãy chụp hoặc chọn lại ảnh.',
  );
}

function isPhotoType(type: string | null | undefined): type is PhotoType {
  return !!type && (PHOTO_TYPES as readonly string[]).includes(type);
}

/** The type of an accepted image (PHOTO_TYPES) from its first bytes (magic numbers), or null for anything else. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  let type: string | null = null;
  if (at(0, 0xff, 0xd8, 0xff)) type = 'image/jpeg';
  else if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) type = 'image/png';
  // RIFF....WEBP
  else if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) type = 'image/webp';
  return isPhotoType(type) ? type : null;
}

/** A name for a type we refuse, for the message ("GIF"), when the bytes say it. */
function refusedTypeName(bytes: Uint8Array): string | null {
  const ascii = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  if (ascii.startsWith('GIF8')) return 'GIF';
  if (ascii.startsWith('BM')) return 'BMP';
  if (ascii.startsWith('%PDF')) return 'PDF';
  if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'TIFF';
  if (ascii.slice(4, 8) === 'ftyp') return 'HEIC/HEIF/AVIF';
  if (/^\s*<(\?xml|svg)/i.test(ascii)) return 'SVG';
  return null;
}

/** sharp's names of the formats that may be accepted. */
const SHARP_TYPES: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/**
 * Checks and re-encodes an upload: 415 when it is not a JPEG, PNG or WebP (by its bytes), 413
 * when it has too many pixels, 400 when it cannot be decoded.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const sniffed = sniffPhotoType(input);
  // Only the three accepted formats ever reach the decoder.
  if (!sniffed) throw unsupportedType(refusedTypeName(input));
  const options = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' as const };
  let format: string | undefined;
  let pixels = 0;
  let hasAlpha = false;
  try {
    // The header only: the size is checked below, before anything is decoded.
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    format = meta.format;
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
    hasAlpha = meta.hasAlpha;
  } catch {
    throw undecodable();
  }
  const sourceType = format ? SHARP_TYPES[format] : undefined;
  if (!isPhotoType(sourceType) || sourceType !== sniffed) {
    throw unsupportedType(format ? (LABELS[format] ?? format) : null);
  }
  if (pixels > PHOTO_MAX_PIXELS) {
    throw new HttpProblem(
      413,
      'photo-too-many-pixels',
      'Ảnh quá lớn',
      `Ảnh có ${Math.round(pixels / 1e6)} triệu điểm ảnh; tối đa ${PHOTO_MAX_PIXELS / 1e6} triệu.`,
    );
  }
  try {
    const image = sharp(input, options)
      // Turns the pixels as the EXIF orientation says; the tag itself goes with the rest of the metadata.
      .rotate();
    // Transparent areas of a PNG or WebP become white, not black, in the JPEG.
    if (hasAlpha) image.flatten({ background: '#ffffff' });
    const { data, info } = await image
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      // sharp writes no metadata (EXIF, GPS, XMP, ICC) unless asked to; colours are converted to sRGB.
      .jpeg({ quality: PHOTO_JPEG_QUALITY, progressive: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(data)
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: THUMBNAIL_JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return {
      sourceType,
      photo: { data, width: info.width, height: info.height },
      thumbnail: { data: thumb.data, width: thumb.info.width, height: thumb.info.height },
    };
  } catch {
    throw undecodable();
  }
}

export type PhotoVariant = 'photo' | 'thumbnail';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The photos folder of a data folder. */
export function photosDirOf(dataDir: string): string {
  return join(dataDir, 'photos');
}

/** Files of photos under one folder, written whole or not at all. */
export class PhotoFiles {
  constructor(readonly dir: string) {}

  newKey(): string {
    return randomUUID();
  }

  path(key: string, variant: PhotoVariant): string {
    // Keys come from the database, where a CHECK allows only UUIDs; checked again here all the same.
    if (!KEY.test(key)) throw new Error(`not a photo key: ${JSON.stringify(key)}`);
    return join(this.dir, variant === 'photo' ? `${key}.jpg` : `${key}.thumb.jpg`);
  }

  /**
   * Writes both files under temporary names, then renames them into place: a reader never sees a
   * half-written file. On any failure, nothing of the key is left behind and the error is rethrown.
   */
  async write(key: string, photo: Buffer, thumbnail: Buffer): Promise<void> {
    const files = [
      { final: this.path(key, 'photo'), data: photo },
      { final: this.path(key, 'thumbnail'), data: thumbnail },
    ].map((f) => ({ ...f, temp: `${f.final}.${process.pid}.tmp` }));
    try {
      await mkdir(this.dir, { recursive: true });
      for (const f of files) await writeFile(f.temp, f.data, { flag: 'wx', flush: true });
      for (const f of files) await rename(f.temp, f.final);
    } catch (error) {
      await Promise.allSettled(files.flatMap((f) => [rm(f.temp, { force: true }), rm(f.final, { force: true })]));
      throw error;
    }
  }

  /** The bytes of a stored file, or null when it is missing. */
  async read(key: string, variant: PhotoVariant): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key, variant));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Removes both files of a key; missing files are not an error. */
  async remove(key: string): Promise<void> {
    await Promise.all([rm(this.path(key, 'photo'), { force: true }), rm(this.path(key, 'thumbnail'), { force: true })]);
  }
}
