import { Alert, Anchor, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { registriesMessages } from '@/config/messages/registries';
import { describeError } from '@/lib/describe-error';
import type { FieldErrors } from './form-values';
import type { FormProblem, RecordForm } from './use-record-form';

/** The part of a form's state the frame shows. */
type FrameState = Pick<
  RecordForm<Record<string, unknown>>,
  'formRef' | 'onSubmit' | 'restored' | 'discardDraft' | 'problem' | 'errors' | 'fieldId' | 'saving'
>;

const text = registriesMessages.form;

/** What a reload after a 412 found: the new version, and the fields someone else changed. */
export interface ReloadResult {
  version: number;
  changes: { label: string; value: string; kept: boolean }[];
}

export interface RecordFormFrameProps {
  form: FrameState;
  /** The label of a field path, for the error summary (`norms.0.value` → "Định mức 1: Số lần tối thiểu"). */
  labelOf: (path: string) => string;
  submitLabel?: string;
  cancelTo: string;
  /** Edit forms: fetch the record anew after a 412, keeping the typed values. */
  onReload?: () => void;
  reloading?: boolean;
  reloaded?: ReloadResult | null;
  /** Said above the fields, e.g. how a reassignment differs from an edit. */
  intro?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * The frame of every registry form: draft notice, what went wrong on the last save (with links to the
 * fields at fault), the fields, and the buttons. Nothing typed is ever cleared by an error.
 */
export function RecordFormFrame({
  form,
  labelOf,
  submitLabel = registriesMessages.common.save,
  cancelTo,
  onReload,
  reloading = false,
  reloaded,
  intro,
  children,
  testId,
}: RecordFormFrameProps) {
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate data-testid={testId}>
      <Stack gap="lg">
        {intro}
        {form.restored ? (
          <Alert color="blue" variant="light" role="status">
            <Group justify="space-between" gap="sm">
              <Text size="sm">{text.draftRestored}</Text>
              <Button variant="default" size="xs" onClick={form.discardDraft}>
                {text.discardDraft}
              </Button>
            </Group>
          </Alert>
        ) : null}
        {form.problem ? (
          <ProblemAlert
            problem={form.problem}
            errors={form.errors}
            labelOf={labelOf}
            fieldId={form.fieldId}
            onReload={onReload}
            reloading={reloading}
          />
        ) : null}
        {reloaded && !form.problem ? <ReloadedAlert reloaded={reloaded} /> : null}
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <Stack gap="md">{children}</Stack>
        </Paper>
        <Text size="sm" c="dimmed">
          {text.unsavedHint}
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={form.saving} loaderProps={{ 'aria-label': registriesMessages.common.saving }}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {registriesMessages.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ProblemAlert({
  problem,
  errors,
  labelOf,
  fieldId,
  onReload,
  reloading,
}: {
  problem: FormProblem;
  errors: FieldErrors;
  labelOf: (path: string) => string;
  fieldId: (path: string) => string;
  onReload: (() => void) | undefined;
  reloading: boolean;
}) {
  switch (problem.kind) {
    case 'invalid': {
      const entries = Object.entries(errors);
      return (
        <Alert
          color="nationalRed"
          variant="light"
          title={text.invalidTitle}
          role="alert"
          tabIndex={-1}
          data-error-summary
          data-testid="form-errors"
        >
          <Text size="sm">{text.invalidBody(entries.length)}</Text>
          <List size="sm" mt="xs">
            {entries.map(([path, message]) => (
              <List.Item key={path}>
                <Anchor
                  href={`#${fieldId(path)}`}
                  size="sm"
                  onClick={(event) => {
                    const field = document.getElementById(fieldId(path));
                    if (!field) return;
                    event.preventDefault();
                    field.focus();
                  }}
                >
                  {labelOf(path)}: {message}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      );
    }
    case 'conflict':
      return (
        <Alert color="nationalRed" variant="light" title={text.conflictTitle} role="alert" data-testid="form-conflict">
          <Text size="sm" fw={600}>
            {problem.title}
          </Text>
          {problem.detail ? <Text size="sm">{problem.detail}</Text> : null}
        </Alert>
      );
    case 'stale':
      return (
        <Alert color="orange" variant="light" title={text.staleTitle} role="alert" data-testid="form-stale">
          <Text size="sm">{text.staleBody}</Text>
          {onReload ? (
            <Button mt="sm" size="sm" onClick={onReload} loading={reloading}>
              {text.reload}
            </Button>
          ) : null}
        </Alert>
      );
    case 'unchanged':
      return (
        <Alert color="blue" variant="light" role="status">
          {text.noChanges}
        </Alert>
      );
    case 'error': {
      const { message, detail } = describeError(problem.error);
      return (
        <Alert color="nationalRed" variant="light" title={text.saveFailedTitle} role="alert">
          <Text size="sm">{message}</Text>
          {detail && detail !== message ? <Text size="sm">{detail}</Text> : null}
        </Alert>
      );
    }
  }
}

function ReloadedAlert({ reloaded }: { reloaded: ReloadResult }) {
  return (
    <Alert
      color="blue"
      variant="light"
      title={text.reloadedTitle(reloaded.version)}
      role="status"
      data-testid="form-reloaded"
    >
      {reloaded.changes.length === 0 ? (
        <Text size="sm">{text.reloadedNoChanges}</Text>
      ) : (
        <>
          <Text size="sm">{text.reloadedChanges}</Text>
          <List size="sm" mt="xs">
            {reloaded.changes.map((change) => (
              <List.Item key={change.label}>
                {change.label}: <strong>{change.value}</strong>
                {change.kept ? ` ${text.keptYours}` : null}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {text.reloadedAdvice}
          </Text>
        </>
      )}
    </Alert>
  );
}
