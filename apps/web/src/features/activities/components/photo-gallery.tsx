import { Anchor, Image, SimpleGrid, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { ErrorState } from '@/components/ui/error-state';
import { activitiesMessages } from '@/config/messages/activities';
import { useActivityPhotos } from '@/features/activities/api/photos';
import classes from './activities.module.css';

const text = activitiesMessages.detail.photos;

/** The evidence photos: thumbnails with their captions, each opening the full picture. */
export function PhotoGallery({ activityId }: { activityId: number }) {
  const photos = useActivityPhotos(activityId);
  if (photos.isPending) {
    return (
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} aria-busy="true">
        <VisuallyHidden role="status">{text.loading}</VisuallyHidden>
        <Skeleton height={120} />
        <Skeleton height={120} />
      </SimpleGrid>
    );
  }
  if (photos.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={photos.error}
        onRetry={() => photos.refetch()}
        retrying={photos.isFetching}
      />
    );
  }
  if (photos.data.length === 0) return <Text>{text.empty}</Text>;
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 2, sm: 3, md: 4 }}
      spacing="md"
      className={classes.plainList}
      data-testid="photo-gallery"
    >
      {photos.data.map((photo, i) => (
        <li key={photo.id}>
          <figure className={classes.figure}>
            <Anchor href={photo.url} target="_blank" rel="noopener" aria-label={text.openFull(i + 1)} display="block">
              <Image
                src={photo.thumbnailUrl}
                alt={text.photoAlt(i + 1, photo.caption)}
                radius="sm"
                h={120}
                fit="cover"
                loading="lazy"
              />
            </Anchor>
            {photo.caption ? (
              <Text component="figcaption" size="sm" mt={4} className={classes.caption}>
                {photo.caption}
              </Text>
            ) : null}
          </figure>
        </li>
      ))}
    </SimpleGrid>
  );
}
