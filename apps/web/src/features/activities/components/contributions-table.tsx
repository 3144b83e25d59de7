import {
  type Contribution,
  ContributionKind,
  FundingSource,
  formatNumber,
  formatVnd,
  type Unit,
  ValuationMethod,
} from '@danvan/domain';
import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { messages } from '@/config/messages';
import { activitiesMessages } from '@/config/messages/activities';
import { unitName } from '@/features/activities/components/activity-card';

const text = activitiesMessages.detail.contributions;

function content(c: Contribution): string {
  if (c.kind === 'ngay_cong') return text.labourDays(formatNumber(c.quantity ?? 0));
  if (c.kind === 'hien_vat') {
    return text.inKind(c.item ?? '', c.quantity === null ? '' : formatNumber(c.quantity), c.measureUnit ?? '');
  }
  return c.note || messages.common.noValue;
}

function value(c: Contribution): ReactNode {
  if (c.kind === 'ngay_cong') return messages.common.noValue;
  return (
    <>
      <Text span inherit style={{ whiteSpace: 'nowrap' }}>
        {formatVnd(c.valueVnd)}
      </Text>
      {c.kind === 'hien_vat' && c.valuationMethod ? (
        <Text size="xs" c="dimmed">
          {text.valuation(ValuationMethod.labels[c.valuationMethod])}
        </Text>
      ) : null}
    </>
  );
}

export interface ContributionsTableProps {
  contributions: readonly Contribution[];
  units: ReadonlyMap<number, Unit>;
}

/** The money, goods and labour days of an activity, with their totals; scrolls sideways on a phone. */
export function ContributionsTable({ contributions, units }: ContributionsTableProps) {
  const columns: DataTableColumn<Contribution>[] = [
    { key: 'kind', header: text.kind, render: (c) => ContributionKind.labels[c.kind], rowHeader: true },
    { key: 'content', header: text.content, render: content },
    { key: 'value', header: text.value, render: value, align: 'end' },
    { key: 'source', header: text.source, render: (c) => FundingSource.labels[c.source] },
    { key: 'unit', header: text.unit, render: (c) => unitName(units, c.unitId) },
  ];
  const sum = (kind: Contribution['kind'], field: 'valueVnd' | 'quantity') =>
    contributions.filter((c) => c.kind === kind).reduce((total, c) => total + (c[field] ?? 0), 0);

  return (
    <>
      <DataTable
        caption={text.caption}
        columns={columns}
        rows={contributions}
        rowKey={(c) => c.id}
        minWidth={720}
        empty={<Text>{text.empty}</Text>}
        testId="contributions-table"
      />
      {contributions.length > 0 ? (
        <Group gap="lg" mt="sm" data-testid="contributions-totals">
          <Text fw={600}>{text.totalsHeading}:</Text>
          <Text>{text.totalCash(formatVnd(sum('tien_mat', 'valueVnd')))}</Text>
          <Text>{text.totalInKind(formatVnd(sum('hien_vat', 'valueVnd')))}</Text>
          <Text>{text.totalLabour(formatNumber(sum('ngay_cong', 'quantity')))}</Text>
        </Group>
      ) : null}
    </>
  );
}
