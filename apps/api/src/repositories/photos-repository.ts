/**
 * The records of evidence photos (the files are in services/photo-files.ts). A photo belongs to
 * an activity and follows it: whoever may read the activity may read its photos (a unit officer
 * only their unit's; another unit's is a 404), and photos are added, re-captioned or removed
 * only while the activity itself may be edited (activity-rules.ts). Each change bumps the
 * activity's version, as its contributions do, and is audited as `activity_photos`.
 */
import { type ActivityPhoto, PHOTOS_PER_ACTIVITY } from '@danvan/domain';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { activityPhotos } from '../db/schema.js';
import { staleProblem } from '../lib/etag.js';
import { HttpProblem } from '../plugins/problems.js';
import { ActivitiesRepository } from './activities-repository.js';
import { assertActivityEditable } from './activity-rules.js';
import { touchActivity } from './contributions-repository.js';
import { SYSTEM_CONTEXT, type WriteContext, writeAudit } from './write-context.js';

type PhotoRow = typeof activityPhotos.$inferSelect;

/** A photo with the key of its files, which never leaves the server. */
export interface StoredPhoto {
  photo: ActivityPhoto;
  fileKey: string;
}

export interface NewPhoto {
  activityId: number;
  fileKey: string;
  caption: string;
  width: number;
  height: number;
  sizeBytes: number;
}

const LABEL = 'Ảnh';
const ENTITY = 'activity_photos';

export function photoUrl(id: number): string {
  return `/api/v1/photos/${id}`;
}

export function toPhoto(r: PhotoRow): ActivityPhoto {
  return {
    id: r.id,
    activityId: r.activityId,
    caption: r.caption,
    width: r.width,
    height: r.height,
    sizeBytes: r.sizeBytes,
    mimeType: 'image/jpeg',
    version: r.version,
    createdAt: r.createdAt,
    url: photoUrl(r.id),
    thumbnailUrl: `${photoUrl(r.id)}/thumbnail`,
  };
}

function tooManyPhotos(): HttpProblem {
  return new HttpProblem(
    409,
    'too-many-photos',
    'Đã đủ số ảnh',
    `Mỗi hoạt động có tối đa ${PHOTOS_PER_ACTIVITY} ảnh minh chứng; hãy xoá bớt ảnh trước khi thêm.`,
  );
}

export class PhotosRepository {
  private readonly activities: ActivitiesRepository;

  constructor(
    private readonly db: Db,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    this.activities = new ActivitiesRepository(db, clock);
  }

  /** The photos of an activity, oldest first; null when the activity does not exist or the actor may not see it. */
  listFor(activityId: number, ctx: WriteContext = SYSTEM_CONTEXT): ActivityPhoto[] | null {
    if (!this.activities.get(activityId, ctx)) return null;
    return this.db
      .select()
      .from(activityPhotos)
      .where(eq(activityPhotos.activityId, activityId))
      .orderBy(asc(activityPhotos.createdAt), asc(activityPhotos.id))
      .all()
      .map(toPhoto);
  }

  /** The photo and its file key; null when it does not exist or the actor may not see its activity. */
  get(id: number, ctx: WriteContext = SYSTEM_CONTEXT): StoredPhoto | null {
    const row = this.db.select().from(activityPhotos).where(eq(activityPhotos.id, id)).get();
    if (!row || !this.activities.get(row.activityId, ctx)) return null;
    return { photo: toPhoto(row), fileKey: row.fileKey };
  }

  /**
   * Whether a photo may be added to the activity now (checked before the upload is processed, and
   * again when it is stored): false when the activity does not exist or the actor may not see it;
   * a problem when it may not be edited or already has its full count of photos.
   */
  assertCanAdd(activityId: number, ctx: WriteContext = SYSTEM_CONTEXT): boolean {
    const activity = this.activities.get(activityId, ctx);
    if (!activity) return false;
    assertActivityEditable(this.db, activity, ctx);
    const n =
      this.db.select({ n: count() }).from(activityPhotos).where(eq(activityPhotos.activityId, activityId)).get()?.n ??
      0;
    if (n >= PHOTOS_PER_ACTIVITY) throw tooManyPhotos();
    return true;
  }

  /** Records an uploaded photo whose files are already written; null when the activity is not the actor's to see. */
  create(input: NewPhoto, ctx: WriteContext = SYSTEM_CONTEXT): ActivityPhoto | null {
    return this.db.transaction(() => {
      if (!this.assertCanAdd(input.activityId, ctx)) return null;
      const now = this.clock();
      const [row] = this.db
        .insert(activityPhotos)
        .values({ ...input, version: 1, createdAt: now, updatedAt: now })
        .returning()
        .all();
      const created = toPhoto(row!);
      touchActivity(this.db, input.activityId, now);
      this.audit(ctx, created.id, 'create', null, created);
      return created;
    });
  }

  /** Changes the caption if the photo is still at `expected`; null when it does not exist. */
  update(
    id: number,
    expected: number | '*',
    patch: { caption: string },
    ctx: WriteContext = SYSTEM_CONTEXT,
  ): ActivityPhoto | null {
    return this.db.transaction(() => {
      const current = this.editable(id, expected, ctx);
      if (!current) return null;
      const now = this.clock();
      const [row] = this.db
        .update(activityPhotos)
        .set({ caption: patch.caption, version: sql`${activityPhotos.version} + 1`, updatedAt: now })
        .where(and(eq(activityPhotos.id, id), eq(activityPhotos.version, current.photo.version)))
        .returning()
        .all();
      if (!row) throw staleProblem(LABEL, current.photo.version + 1);
      const updated = toPhoto(row);
      touchActivity(this.db, updated.activityId, now);
      this.audit(ctx, id, 'update', current.photo, updated);
      return updated;
    });
  }

  /** Deletes the record if the photo is still at `expected`; the key of its files, or null when it does not exist. */
  remove(id: number, expected: number | '*', ctx: WriteContext = SYSTEM_CONTEXT): string | null {
    return this.db.transaction(() => {
      const current = this.editable(id, expected, ctx);
      if (!current) return null;
      this.db.delete(activityPhotos).where(eq(activityPhotos.id, id)).run();
      const now = this.clock();
      touchActivity(this.db, current.photo.activityId, now);
      this.audit(ctx, id, 'delete', current.photo, null);
      return current.fileKey;
    });
  }

  /** The photo, checked against `expected` and against its activity's rules; null when not found. */
  private editable(id: number, expected: number | '*', ctx: WriteContext): StoredPhoto | null {
    const current = this.get(id, ctx);
    if (!current) return null;
    if (expected !== '*' && current.photo.version !== expected) throw staleProblem(LABEL, current.photo.version);
    assertActivityEditable(this.db, this.activities.get(current.photo.activityId, ctx)!, ctx);
    return current;
  }

  /** The photo's record as it stands, for the audit trail: never the file, nor its key. */
  private audit(
    ctx: WriteContext,
    id: number,
    action: string,
    before: ActivityPhoto | null,
    after: ActivityPhoto | null,
  ) {
    writeAudit(this.db, ctx, { entity: ENTITY, entityId: id, action, before, after }, this.clock());
  }
}

export function photosRepository(db: Db, now?: () => string): PhotosRepository {
  return new PhotosRepository(db, now);
}
