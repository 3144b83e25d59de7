import { Button, Group } from '@mantine/core';
import { messages } from '@/config/messages';
import { buildUrl, type QueryParams } from '@/lib/api-client';

export interface CsvDownloadButtonProps {
  /** The API list path, e.g. `/units`. */
  path: string;
  /** The list's current filters and sort (`format` is set here, for each link). */
  query: QueryParams;
  label?: string;
  xlsxLabel?: string;
  /** The name of the pair, where a page has more than one (e.g. a dashboard's tables). */
  groupLabel?: string;
}

/**
 * The downloads of a list: plain links to the same API list as CSV and as Excel (XLSX), with the list's
 * filters and sort, every matching row. The browser downloads them with the session cookie. The CSV is
 * UTF-8 with a BOM so Excel shows Vietnamese correctly; the XLSX has Vietnamese headers, money as numbers
 * and dates as dates.
 */
export function CsvDownloadButton({
  path,
  query,
  label = messages.list.downloadCsv,
  xlsxLabel = messages.list.downloadXlsx,
  groupLabel = messages.list.downloads,
}: CsvDownloadButtonProps) {
  return (
    <Group gap="sm" wrap="wrap" role="group" aria-label={groupLabel}>
      <Button
        component="a"
        href={buildUrl(path, { ...query, format: 'xlsx' })}
        download
        variant="default"
        title={messages.list.downloadXlsxHint}
        leftSection={<DownloadIcon />}
        h="auto"
        mih={36}
        py={6}
        styles={WRAPPING}
      >
        {xlsxLabel}
      </Button>
      <Button
        component="a"
        href={buildUrl(path, { ...query, format: 'csv' })}
        download
        variant="default"
        title={messages.list.downloadCsvHint}
        leftSection={<DownloadIcon />}
        h="auto"
        mih={36}
        py={6}
        styles={WRAPPING}
      >
        {label}
      </Button>
    </Group>
  );
}

/** Long labels (e.g. "Tải danh sách hoạt động (Excel)") wrap on a 360 px phone instead of overflowing. */
const WRAPPING = {
  root: { maxWidth: '100%' },
  label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.35 },
} as const;

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
