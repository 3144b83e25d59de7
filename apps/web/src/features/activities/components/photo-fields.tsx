import { type ActivityPhoto, PHOTO_MAX_BYTES, PHOTO_TYPES, PHOTOS_PER_ACTIVITY } from '@danvan/domain';
import { Alert, Button, FileButton, Group, Paper, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useRef, useState } from 'react';
import { AppModal } from '@/components/ui/app-modal';
import { activitiesMessages } from '@/config/messages/activities';
import { useActivityPhotos, useDeletePhoto } from '@/features/activities/api/photos';
import { WriteErrorAlert } from '@/features/activities/components/write-error-alert';
import type { PendingPhoto } from '@/features/activities/form/save-activity-form';
import classes from './activities.module.css';

const text = activitiesMessages.form.photos;

export interface PendingPhotoState extends PendingPhoto {
  /** An object URL of the chosen file, for its preview; null where the browser cannot make one. */
  previewUrl: string | null;
  /** Why its upload failed, after a save. */
  error?: string | undefined;
}

/** The files a phone or computer offers that we can take: the photo API's types and size, checked here first. */
export function checkPhotoFiles(files: readonly File[], room: number): { accepted: File[]; rejected: string[] } {
  const accepted: File[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) rejected.push(text.badType(file.name));
    else if (file.size > PHOTO_MAX_BYTES) rejected.push(text.tooBig(file.name));
    else if (accepted.length >= room) {
      rejected.push(text.tooMany(PHOTOS_PER_ACTIVITY));
      break;
    } else accepted.push(file);
  }
  return { accepted, rejected };
}

export interface PhotoFieldsProps {
  /** The activity once it exists: its stored photos are listed and can be deleted. */
  activityId: number | null;
  pending: readonly PendingPhotoState[];
  onAdd: (files: File[]) => void;
  onCaptionChange: (key: string, caption: string) => void;
  onRemove: (key: string) => void;
  /** A stored photo was deleted, which moved the activity's version on. */
  onStoredPhotoDeleted: () => void;
}

/** Evidence photos: take or choose them, caption each; they are uploaded after the activity is saved. */
export function PhotoFields({
  activityId,
  pending,
  onAdd,
  onCaptionChange,
  onRemove,
  onStoredPhotoDeleted,
}: PhotoFieldsProps) {
  const stored = useActivityPhotos(activityId);
  const [rejected, setRejected] = useState<string[]>([]);
  const resetCamera = useRef<() => void>(null);
  const resetChooser = useRef<() => void>(null);
  const storedCount = stored.data?.length ?? 0;

  const add = (files: File[] | File | null) => {
    const list = files === null ? [] : Array.isArray(files) ? files : [files];
    const { accepted, rejected: refused } = checkPhotoFiles(
      list,
      Math.max(0, PHOTOS_PER_ACTIVITY - storedCount - pending.length),
    );
    setRejected(refused);
    if (accepted.length > 0) onAdd(accepted);
    resetCamera.current?.();
    resetChooser.current?.();
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {text.hint}
      </Text>
      {activityId !== null && stored.isError ? (
        <Alert color="yellow" variant="light">
          {text.loadError}
        </Alert>
      ) : null}
      {stored.data && stored.data.length > 0 ? (
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {text.saved}
          </Text>
          <Stack component="ul" gap="sm" className={classes.plainList}>
            {stored.data.map((photo, i) => (
              <StoredPhotoItem
                key={photo.id}
                photo={photo}
                index={i + 1}
                activityId={activityId as number}
                onDeleted={onStoredPhotoDeleted}
              />
            ))}
          </Stack>
        </Stack>
      ) : null}
      {pending.length > 0 ? (
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {text.pending}
          </Text>
          <Stack component="ul" gap="sm" className={classes.plainList} data-testid="pending-photos">
            {pending.map((photo, i) => (
              <Paper component="li" key={photo.key} withBorder radius="md" p="sm">
                {/* On a phone the caption goes under the photo, so its field is wide enough to type in. */}
                <Group align="flex-start" wrap="wrap" gap="sm">
                  {photo.previewUrl ? (
                    <img src={photo.previewUrl} alt={text.preview(storedCount + i + 1)} className={classes.thumbnail} />
                  ) : null}
                  <Stack gap={6} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {photo.file.name}
                    </Text>
                    <TextInput
                      label={text.caption(storedCount + i + 1)}
                      placeholder={text.captionPlaceholder}
                      value={photo.caption}
                      onChange={(event) => onCaptionChange(photo.key, event.currentTarget.value)}
                      maxLength={500}
                      error={photo.error}
                      size="md"
                    />
                    <Group>
                      <Button variant="subtle" color="nationalRed" size="sm" onClick={() => onRemove(photo.key)}>
                        {text.remove(storedCount + i + 1)}
                      </Button>
                    </Group>
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Alert
            color="yellow"
            variant="light"
            title={text.pendingNoteTitle}
            classNames={{ title: classes.noticeTitle }}
            data-testid="pending-photos-note"
          >
            <Text size="sm">{text.pendingNote}</Text>
          </Alert>
        </Stack>
      ) : null}
      {rejected.length > 0 ? (
        <Alert color="nationalRed" variant="light" role="alert" data-testid="photo-rejected">
          <Stack gap={2}>
            {rejected.map((message) => (
              <Text key={message} size="sm">
                {message}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <Group gap="sm">
        <FileButton onChange={add} accept="image/*" capture="environment" resetRef={resetCamera}>
          {(props) => (
            <Button {...props} variant="default" size="md">
              {text.take}
            </Button>
          )}
        </FileButton>
        <FileButton onChange={add} accept={`image/*,${PHOTO_TYPES.join(',')}`} multiple resetRef={resetChooser}>
          {(props) => (
            <Button {...props} variant="default" size="md">
              {text.choose}
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}

function StoredPhotoItem({
  photo,
  index,
  activityId,
  onDeleted,
}: {
  photo: ActivityPhoto;
  index: number;
  activityId: number;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeletePhoto(activityId);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <img src={photo.thumbnailUrl} alt={photo.caption || text.preview(index)} className={classes.thumbnail} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {photo.caption ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {photo.caption}
            </Text>
          ) : null}
          <Group>
            <Button variant="subtle" color="nationalRed" size="sm" onClick={() => setConfirming(true)}>
              {text.removeSavedShort}
              <VisuallyHidden>{text.removeSavedWhich(index)}</VisuallyHidden>
            </Button>
          </Group>
          {remove.isError ? <WriteErrorAlert error={remove.error} onReload={() => remove.reset()} /> : null}
        </Stack>
      </Group>
      <AppModal opened={confirming} onClose={() => setConfirming(false)} title={text.removeSavedTitle}>
        <Text>{text.removeSavedBody}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {activitiesMessages.actions.cancel}
          </Button>
          <Button
            color="nationalRed"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(photo, {
                onSuccess: () => {
                  setConfirming(false);
                  onDeleted();
                },
                onError: () => setConfirming(false),
              })
            }
          >
            {text.removeSavedConfirm}
          </Button>
        </Group>
      </AppModal>
    </Paper>
  );
}
