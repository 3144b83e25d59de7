import type { StatsExportTable } from '@danvan/domain';
import { useSearchParams } from 'react-router';
import { CsvDownloadButton } from '@/components/ui/csv-download-button';
import { messages } from '@/config/messages';
import type { StatsFilterQuery } from '@/features/dashboards/dashboard-filters';
import { tableExportPath, tableExportQuery } from '@/features/dashboards/table-exports';

/** A dashboard table as Excel and CSV: every row, with the filters (and the table's order) in the URL. */
export function TableDownload({
  table,
  query,
  title,
}: {
  table: StatsExportTable;
  query: StatsFilterQuery;
  /** The table's heading, to tell the downloads of a page apart. */
  title: string;
}) {
  const [searchParams] = useSearchParams();
  return (
    <CsvDownloadButton
      path={tableExportPath(table)}
      query={tableExportQuery(table, query, searchParams)}
      groupLabel={messages.list.tableDownloads(title)}
    />
  );
}
