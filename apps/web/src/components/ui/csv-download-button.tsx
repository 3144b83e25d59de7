import { Button } from '@mantine/core';
import { messages } from '@/config/messages';
import { buildUrl, type QueryParams } from '@/lib/api-client';

export interface CsvDownloadButtonProps {
  /** The API list path, e.g. `/units`. */
  path: string;
  /** The list's current filters; `format=csv` is part of it (see `listCsvQuery`). */
  query: QueryParams;
  label?: string;
}

/**
 * A plain link to the same API list as CSV: the browser downloads it with the session cookie, every
 * matching row, UTF-8 with a BOM so Excel shows Vietnamese correctly.
 */
export function CsvDownloadButton({ path, query, label = messages.list.downloadCsv }: CsvDownloadButtonProps) {
  return (
    <Button
      component="a"
      href={buildUrl(path, { ...query, format: 'csv' })}
      download
      variant="default"
      title={messages.list.downloadCsvHint}
      leftSection={<DownloadIcon />}
    >
      {label}
    </Button>
  );
}

function DownloadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 4v11m0 0-4-4m4 4 4-4M5 20h14"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
