import { IMPORT_MAX_BYTES, type ImportPreview } from '@danvan/domain';
import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { importsMessages } from '@/config/messages/imports';
import { Can } from '@/features/auth/components/can';
import { templateUrls, useUploadImport } from '@/features/imports/api/imports';
import { ImportCommit } from '@/features/imports/components/import-commit';
import { ImportPreviewSection } from '@/features/imports/components/import-preview';
import { describeError } from '@/lib/describe-error';
import classes from './imports.module.css';

const text = importsMessages;
const MB = IMPORT_MAX_BYTES / (1024 * 1024);

/** Import of activities and contributions: template, upload, a checked preview, then one commit. */
export function ImportsPage() {
  return (
    <Stack gap="lg">
      <PageHeader title={text.title} documentTitle={messages.nav.imports} description={text.intro} />
      <Can
        access="write"
        fallback={
          <Alert color="yellow" variant="light" role="status">
            {messages.errors.byStatus[403]}
          </Alert>
        }
      >
        <ImportSteps />
      </Can>
    </Stack>
  );
}

function ImportSteps() {
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const upload = useUploadImport();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    setPreview(null);
    upload.mutate(file, { onSuccess: setPreview });
  }

  function restart() {
    setFile(null);
    setPreview(null);
    upload.reset();
  }

  const failure = upload.error ? describeError(upload.error) : null;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-template">
        <Stack gap="sm">
          <Title order={2} size="h3" id="import-template">
            {text.template.heading}
          </Title>
          <Text size="sm">{text.template.body}</Text>
          <Group gap="sm" wrap="wrap">
            <Button component="a" href={templateUrls.xlsx} download variant="default">
              {text.template.xlsx}
            </Button>
            <Button component="a" href={templateUrls.csv} download variant="default">
              {text.template.csv}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-upload">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h3" id="import-upload">
              {text.upload.heading}
            </Title>
            <FileInput
              label={text.upload.label}
              description={text.upload.description(MB)}
              placeholder={text.upload.placeholder}
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(next) => {
                setFile(next);
                setMissingFile(false);
              }}
              error={missingFile ? text.upload.noFile : undefined}
              clearable
              clearButtonProps={{ 'aria-label': text.upload.clear }}
              className={classes.fileInput}
            />
            <Group>
              <Button type="submit" loading={upload.isPending}>
                {text.upload.submit}
              </Button>
            </Group>
            {upload.isPending ? (
              <Text size="sm" role="status">
                {text.upload.checking}
              </Text>
            ) : null}
            {failure ? (
              <Alert color="nationalRed" variant="light" title={text.upload.failed} role="alert">
                <Text size="sm">{failure.detail ?? failure.message}</Text>
              </Alert>
            ) : null}
          </Stack>
        </form>
      </Paper>

      {preview ? (
        <>
          <ImportPreviewSection first={preview} />
          <ImportCommit preview={preview} onRestart={restart} />
        </>
      ) : null}
    </Stack>
  );
}
