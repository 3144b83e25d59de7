import {
  type ReportSettings,
  type ReportSettingsInput,
  ReportSettingsInputSchema,
  type ReportSettingsValues,
} from '@danvan/domain';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { AppModal } from '@/components/ui/app-modal';
import { ErrorState } from '@/components/ui/error-state';
import { reportsMessages } from '@/config/messages/reports';
import { useReportSettings, useSaveReportSettings } from '@/features/reports/api/report-settings';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';

const text = reportsMessages.settings;
const fields = text.fields;

type FormValues = Omit<ReportSettingsValues, 'recipients'> & { recipients: string };
type FieldName = keyof FormValues;

function toForm(s: ReportSettings): FormValues {
  const { version: _v, updatedAt: _u, recipients, ...rest } = s;
  return { ...rest, recipients: recipients.join('\n') };
}

function toInput(v: FormValues): ReportSettingsInput {
  return {
    ...v,
    recipients: v.recipients
      .split('\n')
      .map((l) => l.trim().replace(/^-\s*/, ''))
      .filter((l) => l !== ''),
  };
}

/** Field errors by name, from the domain's own schema or from the server's problem. */
function errorsOf(issues: { path: string; message: string }[]): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const i of issues) {
    const name = i.path.split('.')[0] as FieldName;
    out[name] ??= i.message;
  }
  return out;
}

/** What every report prints (issuer, number and symbol, place, signer, recipients), and for admins a form to change it. */
export function ReportSettingsPanel() {
  const settings = useReportSettings();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} id={headingId} size="h3">
          {text.heading}
        </Title>
        <Text size="sm" c="dimmed">
          {text.intro}
        </Text>
        {settings.isError ? (
          <ErrorState
            title={text.loadError}
            error={settings.error}
            onRetry={() => settings.refetch()}
            retrying={settings.isFetching}
          />
        ) : null}
        {settings.data ? (
          <Text size="sm" data-testid="report-settings-summary">
            {text.summary(
              settings.data.issuingBody,
              settings.data.symbol,
              [settings.data.signerTitle, settings.data.signerName].filter(Boolean).join(' '),
            )}
          </Text>
        ) : null}
        {notice ? (
          <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
        <Group>
          <Button variant="default" onClick={() => setOpen(true)} disabled={!settings.data}>
            {text.open}
          </Button>
        </Group>
      </Stack>
      {settings.data && open ? (
        <AppModal opened onClose={() => setOpen(false)} title={text.heading} size="xl">
          <SettingsForm
            settings={settings.data}
            onSaved={() => {
              setOpen(false);
              setNotice(text.saved);
            }}
            onCancel={() => setOpen(false)}
            onStale={() => void settings.refetch()}
          />
        </AppModal>
      ) : null}
    </Paper>
  );
}

interface SettingsFormProps {
  settings: ReportSettings;
  onSaved: () => void;
  onCancel: () => void;
  onStale: () => void;
}

function SettingsForm({ settings, onSaved, onCancel, onStale }: SettingsFormProps) {
  const [values, setValues] = useState<FormValues>(() => toForm(settings));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSaveReportSettings();

  const field = (name: FieldName) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const input = toInput(values);
    const parsed = ReportSettingsInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(errorsOf(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))));
      return;
    }
    setErrors({});
    save.mutate(
      { values: input, version: settings.version },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            setFailure(text.stale);
            onStale();
            return;
          }
          if (error instanceof ApiError && error.errors.length > 0) setErrors(errorsOf(error.errors));
          setFailure(describeError(error).message);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure ? (
          <Alert color="nationalRed" variant="light" title={text.saveFailed} role="alert">
            {failure}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={fields.superiorBody}
            description={fields.superiorBodyHint}
            required
            {...field('superiorBody')}
          />
          <TextInput label={fields.issuingBody} required {...field('issuingBody')} />
          <TextInput label={fields.number} description={fields.numberHint} {...field('number')} />
          <TextInput label={fields.symbol} description={fields.symbolHint} required {...field('symbol')} />
          <TextInput label={fields.place} description={fields.placeHint} {...field('place')} />
          <TextInput
            label={fields.reportingBody}
            description={fields.reportingBodyHint}
            required
            {...field('reportingBody')}
          />
          <TextInput
            label={fields.signerCapacity}
            description={fields.signerCapacityHint}
            {...field('signerCapacity')}
          />
          <TextInput label={fields.signerTitle} required {...field('signerTitle')} />
          <TextInput label={fields.signerName} {...field('signerName')} />
        </SimpleGrid>
        <Textarea
          label={fields.recipients}
          description={fields.recipientsHint}
          autosize
          minRows={4}
          {...field('recipients')}
        />
        <Textarea
          label={fields.directions}
          description={fields.directionsHint}
          autosize
          minRows={4}
          {...field('directions')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {text.cancel}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {text.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
