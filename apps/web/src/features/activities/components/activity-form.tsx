import {
  ActivityCategory,
  type Commune,
  formatInteger,
  NtmCriteriaSets,
  ntmCriteriaSetOn,
  ntmCriterionLabel,
  ParticipantGroup,
  type Unit,
} from '@danvan/domain';
import {
  Alert,
  Button,
  Flex,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import { AppModal } from '@/components/ui/app-modal';
import { DateField } from '@/components/ui/date-field';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { messages } from '@/config/messages';
import { activitiesMessages } from '@/config/messages/activities';
import { paths } from '@/config/paths';
import { invalidateActivityRecords } from '@/features/activities/api/activity-cache';
import { activityQueryOptions } from '@/features/activities/api/get-activity';
import { ContributionRowFields } from '@/features/activities/components/contribution-row-fields';
import { FormErrorSummary } from '@/features/activities/components/form-error-summary';
import { type PendingPhotoState, PhotoFields } from '@/features/activities/components/photo-fields';
import { WriteErrorAlert } from '@/features/activities/components/write-error-alert';
import {
  errorsAfterRowRemoved,
  errorsFromApi,
  type FieldErrors,
  isPlacedKey,
  validateActivityForm,
  withoutErrors,
} from '@/features/activities/form/field-errors';
import { fieldId } from '@/features/activities/form/field-labels';
import {
  type ActivityFormValues,
  type ContributionRow,
  emptyContribution,
  type NumberValue,
  restoreActivityValues,
  sameValues,
  valuesFromActivity,
  visibleCriteria,
} from '@/features/activities/form/form-values';
import { SaveStepError, saveActivityForm } from '@/features/activities/form/save-activity-form';
import { todayInProvince } from '@/features/activities/format';
import type { SavedNotice } from '@/features/activities/route-params';
import { useDraft } from '@/hooks/use-draft';
import { useWarnBeforeUnload } from '@/hooks/use-warn-before-unload';
import { ApiError } from '@/lib/api-client';
import { useAssignedCommunes } from '@/lib/lookups';
import classes from './activities.module.css';

const text = activitiesMessages.form;

const CATEGORY_OPTIONS = ActivityCategory.codes.map((code) => ({ value: code, label: ActivityCategory.labels[code] }));
const COUNT_INPUT = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  min: 0,
  // Typed on a phone's number pad; tiny spin buttons are no help there.
  hideControls: true,
} as const;

export interface ActivityFormProps {
  /** `activity:new`, or `activity:<id>` for an edit: names the draft kept in the browser. */
  draftKey: string;
  /** The values the form starts from when no draft is kept (and what "unchanged" means). */
  initialValues: ActivityFormValues;
  /** An officer records for their own unit only: the lead unit is shown, not chosen. */
  lockedUnit: boolean;
  units: readonly Unit[];
  communes: readonly Commune[];
  mode: 'new' | 'edit';
}

function numberOf(value: string | number): NumberValue {
  return typeof value === 'number' ? value : '';
}

/** The form of an activity, for a phone first: one column, big targets, nothing lost on the way. */
export function ActivityForm({ draftKey, initialValues, lockedUnit, units, communes, mode }: ActivityFormProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draft = useDraft(draftKey, initialValues, { restore: restoreActivityValues });
  const { values, setValues } = draft;
  const [baseline, setBaseline] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);
  const [reloading, setReloading] = useState(false);
  const [photos, setPhotos] = useState<PendingPhotoState[]>([]);
  const [photoFailures, setPhotoFailures] = useState<string[]>([]);
  const [restoredNotice, setRestoredNotice] = useState(draft.restored);
  const errorSummaryRef = useRef<HTMLDivElement>(null);
  /** Set when the form itself leaves (after saving, or once the user agreed to drop the changes). */
  const leaving = useRef(false);
  const focusErrors = useRef(false);

  const dirty = !sameValues(values, baseline) || photos.length > 0;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !leaving.current &&
      dirty &&
      currentLocation.pathname !== nextLocation.pathname &&
      // An expired session goes to the login page; the draft is kept for the way back.
      nextLocation.pathname !== paths.login,
  );

  // Picked photos live only in this page (a file cannot go into the draft): reloading or closing it loses them.
  useWarnBeforeUnload(photos.length > 0);

  // Object URLs of the previews are freed with the form.
  const photosRef = useRef(photos);
  photosRef.current = photos;
  useEffect(
    () => () => {
      for (const photo of photosRef.current) if (photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    },
    [],
  );

  // After a failed save the summary takes the focus: it is read out, and links to each field. Focusing the
  // first field instead would open its dropdown or calendar over the message.
  useEffect(() => {
    if (!focusErrors.current) return;
    focusErrors.current = false;
    errorSummaryRef.current?.focus();
  });

  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const unitOptions = useMemo(() => units.map((u) => ({ value: String(u.id), label: u.name })), [units]);
  const leadUnitName = values.unitId === null ? '' : (unitsById.get(values.unitId)?.name ?? '');
  const activeOn = values.startDate || todayInProvince();
  const assigned = useAssignedCommunes(values.unitId, activeOn);
  const communeData = useMemo(() => {
    const option = (c: Commune) => ({ value: String(c.id), label: text.communeOption(c.name, c.district) });
    const assignedIds = new Set((assigned.data ?? []).map((c) => c.id));
    const others = communes.filter((c) => !assignedIds.has(c.id)).map(option);
    if (assignedIds.size === 0) return [{ group: text.communeOtherGroup, items: others }];
    return [
      { group: text.communeAssignedGroup, items: (assigned.data ?? []).map(option) },
      { group: text.communeOtherGroup, items: others },
    ];
  }, [assigned.data, communes]);
  const criteriaSet = ntmCriteriaSetOn(activeOn);
  const shownCriteria = visibleCriteria({ ...values, startDate: activeOn });
  const criteriaOptions = NtmCriteriaSets[criteriaSet].criteria.map((_, i) => ({
    value: String(i + 1),
    label: ntmCriterionLabel({ set: criteriaSet, number: i + 1 }),
  }));
  const participantsTotal = ParticipantGroup.codes.reduce((sum, g) => sum + (values.participants[g] || 0), 0);

  function clearError(key: string) {
    setErrors((current) =>
      Object.keys(current).some((k) => k === key || k.startsWith(`${key}.`)) ? withoutErrors(current, key) : current,
    );
  }

  function setField<K extends keyof ActivityFormValues>(field: K, value: ActivityFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    clearError(String(field));
  }

  function setStartDate(date: string | null) {
    setValues((current) => ({
      ...current,
      startDate: date ?? '',
      // A one-day activity is the common case: the end follows the start unless it is already later.
      endDate: date && (!current.endDate || current.endDate < date) ? date : current.endDate,
    }));
    clearError('startDate');
    clearError('endDate');
  }

  function updateRow(index: number, patch: Partial<ContributionRow>) {
    setValues((current) => ({
      ...current,
      contributions: current.contributions.map((row, i) => (i === index ? { ...row, ...patch, changed: true } : row)),
    }));
    for (const field of Object.keys(patch)) clearError(`contributions.${index}.${field}`);
    clearError(`contributions.${index}`);
  }

  function removeRow(index: number) {
    setValues((current) => {
      const row = current.contributions[index];
      const stored = row && row.id !== null && row.version !== null ? [{ id: row.id, version: row.version }] : [];
      return {
        ...current,
        contributions: current.contributions.filter((_, i) => i !== index),
        removedContributions: [...current.removedContributions, ...stored],
      };
    });
    setErrors((current) => errorsAfterRowRemoved(current, index));
  }

  function addPhotos(files: File[]) {
    setPhotos((current) => [
      ...current,
      ...files.map((file, i) => ({
        key: `anh-${Date.now().toString(36)}-${current.length + i}`,
        file,
        caption: '',
        previewUrl: typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null,
      })),
    ]);
  }

  function removePhoto(key: string) {
    setPhotos((current) => {
      const photo = current.find((p) => p.key === key);
      if (photo?.previewUrl) URL.revokeObjectURL(photo.previewUrl);
      return current.filter((p) => p.key !== key);
    });
  }

  async function reloadLatest() {
    if (values.id === null) return;
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...activityQueryOptions(values.id), staleTime: 0 });
      const next = valuesFromActivity(fresh);
      setValues(next);
      setBaseline(next);
      setErrors({});
      setSaveError(null);
    } catch (error) {
      setSaveError(error);
    } finally {
      setReloading(false);
    }
  }

  async function save(submit: boolean) {
    if (saving) return;
    setSaveError(null);
    setPhotoFailures([]);
    const validation = validateActivityForm(values);
    if (!validation.ok) {
      setErrors(validation.errors);
      focusErrors.current = true;
      return;
    }
    setErrors({});
    setSaving(submit ? 'submit' : 'draft');
    let latest = values;
    try {
      const outcome = await saveActivityForm({
        values,
        input: validation.input,
        photos: photos.map(({ key, file, caption }) => ({ key, file, caption })),
        submit,
        onProgress: (next) => {
          latest = next;
          setValues(next);
        },
        onPhotoUploaded: (photo) => removePhoto(photo.key),
      });
      queryClient.setQueryData(activityQueryOptions(outcome.activity.id).queryKey, outcome.activity);
      void invalidateActivityRecords(queryClient);
      if (outcome.status === 'photos-failed') {
        // The record is saved: from now on "unchanged" means as saved; the photos wait for another try.
        setBaseline(latest);
        const failed = new Map(outcome.failures.map((f) => [f.photo.key, describeFailure(f.error)]));
        setPhotos((current) => current.map((p) => ({ ...p, error: failed.get(p.key) })));
        setPhotoFailures(
          outcome.failures.map((f) => text.photos.uploadFailed(f.photo.file.name, describeFailure(f.error))),
        );
        return;
      }
      draft.clear();
      leaving.current = true;
      const notice: SavedNotice = outcome.submitted ? 'submitted' : mode === 'edit' ? 'edited' : 'draft';
      await navigate(paths.activity(outcome.activity.id), { state: { activityNotice: notice } });
    } catch (caught) {
      const failure = caught instanceof SaveStepError ? caught : new SaveStepError(caught);
      const error = failure.error;
      if (error instanceof ApiError && error.status === 400 && error.errors.length > 0) {
        setErrors(errorsFromApi(error.errors, latest, failure.fieldPrefix));
        focusErrors.current = true;
      } else {
        setSaveError(error);
      }
    } finally {
      setSaving(null);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  function discardDraft() {
    setValues(initialValues);
    draft.clear();
    setBaseline(initialValues);
    setErrors({});
    setRestoredNotice(false);
  }

  // Keys with an input of their own: the summary links to them (a row or a section has none).
  const hasInput = (key: string) =>
    isPlacedKey(key, values) && key !== 'participants' && key !== 'contributions' && !/^contributions\.\d+$/.test(key);
  const err = (key: string) => errors[key];

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={mode === 'new' ? text.newTitle : text.editTitle}>
      <Stack gap="lg">
        <Text c="dimmed">{text.intro}</Text>
        {restoredNotice ? (
          <Alert color="blue" variant="light" role="status" data-testid="draft-restored">
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="gray.9">
                {text.restored}
              </Text>
              <Button variant="subtle" size="sm" onClick={discardDraft}>
                {text.discardDraft}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <FormErrorSummary ref={errorSummaryRef} errors={errors} values={values} isPlaced={hasInput} />

        <Section title={text.sections.general}>
          <Stack gap="md">
            <TextInput
              id={fieldId('title')}
              label={text.title}
              placeholder={text.titlePlaceholder}
              value={values.title}
              onChange={(event) => setField('title', event.currentTarget.value)}
              error={err('title')}
              required
              maxLength={300}
              size="md"
            />
            {lockedUnit ? (
              <TextInput
                id={fieldId('unitId')}
                label={text.unit}
                value={leadUnitName}
                readOnly
                variant="filled"
                description={text.unitOfficerHint}
                error={err('unitId')}
                size="md"
                data-testid="locked-unit"
              />
            ) : (
              <Select
                id={fieldId('unitId')}
                label={text.unit}
                placeholder={text.unitPlaceholder}
                data={unitOptions}
                value={values.unitId === null ? null : String(values.unitId)}
                onChange={(value) => {
                  setField('unitId', value === null ? null : Number(value));
                  setField(
                    'jointUnitIds',
                    values.jointUnitIds.filter((id) => String(id) !== value),
                  );
                }}
                searchable
                filter={vietnameseOptionsFilter}
                nothingFoundMessage={text.nothingFound}
                error={err('unitId')}
                required
                size="md"
              />
            )}
            <MultiSelect
              id={fieldId('jointUnitIds')}
              label={text.jointUnits}
              description={text.jointUnitsHint}
              placeholder={values.jointUnitIds.length === 0 ? text.jointUnitsPlaceholder : undefined}
              data={unitOptions.filter((u) => u.value !== String(values.unitId))}
              value={values.jointUnitIds.map(String)}
              onChange={(ids) => setField('jointUnitIds', ids.map(Number))}
              searchable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={text.nothingFound}
              error={err('jointUnitIds')}
              size="md"
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <DateField
                id={fieldId('startDate')}
                label={text.startDate}
                value={values.startDate || null}
                onChange={setStartDate}
                error={err('startDate')}
                required
                size="md"
              />
              <DateField
                id={fieldId('endDate')}
                label={text.endDate}
                value={values.endDate || null}
                onChange={(date) => setField('endDate', date ?? '')}
                minDate={values.startDate || undefined}
                error={err('endDate')}
                required
                size="md"
              />
            </SimpleGrid>
            <Select
              id={fieldId('communeId')}
              label={text.commune}
              description={text.communeHint}
              placeholder={text.communePlaceholder}
              data={communeData}
              value={values.communeId === null ? null : String(values.communeId)}
              onChange={(value) => setField('communeId', value === null ? null : Number(value))}
              searchable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={text.nothingFound}
              error={err('communeId')}
              required
              size="md"
              data-testid="commune-select"
            />
            <MultiSelect
              id={fieldId('categories')}
              label={text.categories}
              placeholder={values.categories.length === 0 ? text.categoriesPlaceholder : undefined}
              data={CATEGORY_OPTIONS}
              value={values.categories}
              onChange={(codes) => setField('categories', codes as ActivityFormValues['categories'])}
              searchable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={text.nothingFound}
              error={err('categories')}
              required
              size="md"
            />
            <MultiSelect
              id={fieldId('ntmCriteria')}
              label={text.ntmCriteria}
              description={text.ntmSet(NtmCriteriaSets[criteriaSet].label)}
              placeholder={shownCriteria.length === 0 ? text.ntmPlaceholder : undefined}
              data={criteriaOptions}
              value={shownCriteria.map((c) => String(c.number))}
              onChange={(numbers) =>
                setField(
                  'ntmCriteria',
                  numbers.map((n) => ({ set: criteriaSet, number: Number(n) })),
                )
              }
              searchable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={text.nothingFound}
              error={err('ntmCriteria')}
              size="md"
            />
          </Stack>
        </Section>

        <Section title={text.sections.participants}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {text.participantsHint}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
              {ParticipantGroup.codes.map((group) => (
                <NumberInput
                  key={group}
                  id={fieldId(`participants.${group}`)}
                  label={ParticipantGroup.labels[group]}
                  {...COUNT_INPUT}
                  value={values.participants[group]}
                  onChange={(value) => {
                    setValues((current) => ({
                      ...current,
                      participants: { ...current.participants, [group]: numberOf(value) },
                    }));
                    clearError(`participants.${group}`);
                  }}
                  error={err(`participants.${group}`)}
                  size="md"
                  inputMode="numeric"
                />
              ))}
            </SimpleGrid>
            <Text fw={600} aria-live="polite">
              {text.participantsTotal(formatInteger(participantsTotal))}
            </Text>
            {err('participants') ? (
              <Text size="sm" c="var(--mantine-color-error)">
                {err('participants')}
              </Text>
            ) : null}
            <NumberInput
              id={fieldId('beneficiaries')}
              label={text.beneficiaries}
              {...COUNT_INPUT}
              value={values.beneficiaries}
              onChange={(value) => setField('beneficiaries', numberOf(value))}
              error={err('beneficiaries')}
              size="md"
              inputMode="numeric"
            />
            <Textarea
              id={fieldId('description')}
              label={text.description}
              placeholder={text.descriptionPlaceholder}
              value={values.description}
              onChange={(event) => setField('description', event.currentTarget.value)}
              error={err('description')}
              autosize
              minRows={4}
              maxRows={16}
              maxLength={10_000}
              size="md"
            />
          </Stack>
        </Section>

        <Section title={text.sections.contributions}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {text.contributions.hint}
            </Text>
            {values.contributions.length === 0 ? <Text>{text.contributions.empty}</Text> : null}
            {values.contributions.map((row, index) => (
              <ContributionRowFields
                key={row.key}
                index={index}
                row={row}
                unitOptions={unitOptions}
                leadUnitLabel={leadUnitName}
                errors={errors}
                onChange={(patch) => updateRow(index, patch)}
                onRemove={() => removeRow(index)}
              />
            ))}
            {err('contributions') ? (
              <Text size="sm" c="var(--mantine-color-error)">
                {err('contributions')}
              </Text>
            ) : null}
            <Group>
              <Button
                variant="default"
                size="md"
                onClick={() => setField('contributions', [...values.contributions, emptyContribution()])}
              >
                {text.contributions.add}
              </Button>
            </Group>
          </Stack>
        </Section>

        <Section title={text.sections.photos}>
          <PhotoFields
            activityId={values.id}
            pending={photos}
            onAdd={addPhotos}
            onCaptionChange={(key, caption) =>
              setPhotos((current) => current.map((p) => (p.key === key ? { ...p, caption, error: undefined } : p)))
            }
            onRemove={removePhoto}
            onStoredPhotoDeleted={() => {
              // Deleting a photo moves the activity's version on, and is already saved.
              const bump = (v: ActivityFormValues) => ({ ...v, version: v.version === null ? null : v.version + 1 });
              setValues(bump);
              setBaseline(bump);
            }}
          />
        </Section>

        {photoFailures.length > 0 ? (
          <Alert
            color="yellow"
            variant="light"
            classNames={{ title: classes.noticeTitle }}
            title={text.photos.uploadFailedTitle}
            role="alert"
          >
            <Stack gap={2}>
              {photoFailures.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
              <Text size="sm">{text.photos.uploadRetry}</Text>
            </Stack>
          </Alert>
        ) : null}
        {saveError ? (
          <WriteErrorAlert
            error={saveError}
            onReload={reloadLatest}
            reloading={reloading}
            inForm
            footnote={text.keptNotice}
          />
        ) : null}

        <Flex direction={{ base: 'column', xs: 'row' }} gap="sm" className={classes.actions}>
          <Button type="submit" variant="default" size="md" loading={saving === 'draft'} disabled={saving === 'submit'}>
            {text.saveDraft}
          </Button>
          <Button size="md" onClick={() => save(true)} loading={saving === 'submit'} disabled={saving === 'draft'}>
            {text.saveAndSubmit}
          </Button>
          <Button
            variant="subtle"
            size="md"
            onClick={() =>
              navigate(mode === 'edit' && values.id !== null ? paths.activity(values.id) : paths.activities)
            }
          >
            {text.cancel}
          </Button>
        </Flex>
      </Stack>

      <AppModal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={text.leave.title}>
        <Text>{photos.length > 0 ? text.leave.bodyWithPhotos(photos.length) : text.leave.body}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {text.leave.stay}
          </Button>
          <Button
            color="nationalRed"
            onClick={() => {
              leaving.current = true;
              draft.clear();
              blocker.proceed?.();
            }}
          >
            {text.leave.leave}
          </Button>
        </Group>
      </AppModal>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} id={headingId} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function describeFailure(error: unknown): string {
  if (error instanceof ApiError) return error.detail ?? error.title;
  return messages.errors.unknown;
}
