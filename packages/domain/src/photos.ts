/** Evidence photos of an activity (ảnh minh chứng). */
import { z } from 'zod';
import './locale.js';
import { IdSchema, optionalText, TimestampSchema } from './fields.js';

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** Stored photos are at most this many pixels on their long side; thumbnails this many. */
export const PHOTO_MAX_SIDE = 1600;
export const THUMBNAIL_SIDE = 320;
export const PHOTOS_PER_ACTIVITY = 20;

export const PhotoCaptionSchema = optionalText(500).meta({
  description: 'Chú thích ảnh',
  example: 'Đảng viên trộn bê tông',
});

export const ActivityPhotoSchema = z
  .object({
    id: IdSchema,
    activityId: IdSchema,
    caption: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    sizeBytes: z.number().int(),
    mimeType: z.literal('image/jpeg').meta({ description: 'Ảnh được lưu lại dạng JPEG đã thu nhỏ' }),
    version: z.number().int().positive(),
    createdAt: TimestampSchema,
    url: z.string().meta({ example: '/api/v1/photos/3' }),
    thumbnailUrl: z.string().meta({ example: '/api/v1/photos/3/thumbnail' }),
  })
  .meta({ id: 'ActivityPhoto' });
export type ActivityPhoto = z.infer<typeof ActivityPhotoSchema>;

export const PhotoPatchSchema = z.object({ caption: PhotoCaptionSchema }).strict();
