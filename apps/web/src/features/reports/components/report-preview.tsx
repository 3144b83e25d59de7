import { balancedLines, formatDate, formatReportCell, type PeriodReport, type ReportTable } from '@danvan/domain';
import { Button, Table } from '@mantine/core';
import { useId, useState } from 'react';
import { reportsMessages } from '@/config/messages/reports';
import classes from './reports.module.css';

const text = reportsMessages.preview;

/**
 * The report as it will print: the party document's header, "BÁO CÁO" and its trích yếu, the body, the
 * signature block and "Nơi nhận", then the appendix of tables. On a phone the two header columns stack
 * and wide tables scroll inside their own box.
 */
export function ReportPreview({ report }: { report: PeriodReport }) {
  const doc = report.document;
  const last = doc.recipients.length - 1;
  const appendixId = useId();
  return (
    <article className={classes.page} aria-label={text.documentLabel} data-testid="report-preview">
      <div className={classes.head}>
        <div className={classes.headColumn}>
          <p>{doc.superiorBody}</p>
          {balancedLines(doc.issuingBody).map((line) => (
            <p key={line} className={classes.bold}>
              {line}
            </p>
          ))}
          <p>*</p>
          <p data-testid="report-number">{doc.numberLine}</p>
        </div>
        <div className={classes.headColumn}>
          <p className={classes.party}>{text.party}</p>
          <p className={classes.placeDate}>{doc.placeDate}</p>
        </div>
      </div>
      <h3 className={classes.title}>
        <span className={classes.kind}>{doc.kind}</span>
        {doc.summary.map((line) => (
          <span key={line} className={classes.summaryLine}>
            {line}
          </span>
        ))}
      </h3>
      <p className={classes.dash} aria-hidden="true">
        -----
      </p>
      <div className={classes.body}>
        {report.body.map((block, i) => {
          const key = `${i}-${block.kind}`;
          if (block.kind === 'heading') return <h4 key={key}>{block.text}</h4>;
          if (block.kind === 'subheading') return <h5 key={key}>{block.text}</h5>;
          return <p key={key}>{block.text}</p>;
        })}
      </div>
      <div className={classes.signature}>
        <div className={classes.recipients}>
          <p className={classes.recipientsLabel}>{text.recipients}</p>
          <ul>
            {doc.recipients.map((r, i) => (
              <li key={r}>{`- ${r.replace(/[.,;]+$/, '')}${i === last ? '.' : ','}`}</li>
            ))}
          </ul>
        </div>
        <div className={classes.signer}>
          {doc.signer.capacity ? <p className={classes.bold}>{doc.signer.capacity}</p> : null}
          <p className={classes.bold}>{doc.signer.title}</p>
          <p className={classes.signerName}>{doc.signer.name || text.notSigned}</p>
        </div>
      </div>
      <section className={classes.appendix} aria-labelledby={appendixId}>
        <h4 id={appendixId} className={classes.appendixTitle}>
          {text.appendix}
        </h4>
        <p className={classes.appendixOf}>
          {text.appendixOf(doc.numberLine.replace(/^Số /, 'số '), formatDate(doc.date))}
        </p>
        {report.tables.map((t) => (
          <ReportTableView key={t.key} table={t} />
        ))}
      </section>
    </article>
  );
}

/** Rows shown before "show all": enough to read a table, few enough to keep a long report light on a phone. */
export const PREVIEW_ROWS = 10;

function ReportTableView({ table }: { table: ReportTable }) {
  const captionId = useId();
  const [expanded, setExpanded] = useState(false);
  const hidden = expanded ? 0 : Math.max(0, table.rows.length - PREVIEW_ROWS);
  const rows = hidden > 0 ? table.rows.slice(0, PREVIEW_ROWS) : table.rows;
  const cell = (value: ReportTable['rows'][number][number], i: number) => {
    const column = table.columns[i]!;
    return formatReportCell(value ?? null, column.kind);
  };
  const numeric = (i: number) => table.columns[i]!.kind !== 'text' && table.columns[i]!.kind !== 'date';
  return (
    <div className={classes.tableBlock} data-testid={`report-table-${table.key}`}>
      {/* A box that scrolls must be reachable by keyboard, and says what it holds. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling box is focusable so keyboard users can scroll it */}
      <section className={classes.tableScroll} aria-labelledby={captionId} tabIndex={0}>
        <Table className={classes.table} withTableBorder withColumnBorders striped={false}>
          <caption id={captionId} className={classes.caption}>
            {table.title}
          </caption>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((c) => (
                <Table.Th key={c.key} scope="col">
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={table.columns.length}>{text.noRows}</Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((row, r) => (
              <Table.Tr key={`${table.key}-${String(row[0] ?? r)}`}>
                {row.map((value, i) =>
                  i === 1 ? (
                    <Table.Th key={table.columns[i]!.key} scope="row" className={classes.rowHeader}>
                      {cell(value, i)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={table.columns[i]!.key} className={numeric(i) ? classes.number : undefined}>
                      {cell(value, i)}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {table.total ? (
            <Table.Tfoot>
              <Table.Tr className={classes.total}>
                {table.total.map((value, i) =>
                  i === 1 ? (
                    <Table.Th key={table.columns[i]!.key} scope="row">
                      {cell(value, i)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={table.columns[i]!.key} className={numeric(i) ? classes.number : undefined}>
                      {cell(value, i)}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            </Table.Tfoot>
          ) : null}
        </Table>
      </section>
      {table.rows.length > PREVIEW_ROWS ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={() => setExpanded((e) => !e)}
          aria-expanded={expanded}
        >
          {expanded ? text.showFewer : text.showAll(table.rows.length, hidden)}
        </Button>
      ) : null}
      {table.note ? <p className={classes.note}>{table.note}</p> : null}
    </div>
  );
}
