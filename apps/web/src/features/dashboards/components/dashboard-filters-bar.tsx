import { formatDate, type Period, romanQuarter, UnitGroup } from '@danvan/domain';
import { Button, Group, Input, NativeSelect, Paper, SimpleGrid, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { dashboardsMessages } from '@/config/messages/dashboards';
import {
  type DashboardFilters,
  hasScopeFilters,
  PERIOD_KINDS,
  type PeriodKind,
  partsOf,
  periodForKind,
  periodOfKind,
  type RemoteFilter,
  yearOptions,
} from '@/features/dashboards/dashboard-filters';
import { useDistricts } from '@/lib/lookups';
import classes from './dashboards.module.css';

const text = dashboardsMessages.filters;
// The date pickers (and dayjs) load only when a custom range is picked, not with the dashboard.
const CustomRangeFields = lazy(() => import('./custom-range-fields'));

const KIND_OPTIONS = PERIOD_KINDS.map((kind) => ({ value: kind, label: text.kinds[kind] }));
const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: text.monthOption(i + 1) }));
const QUARTER_OPTIONS = [1, 2, 3, 4].map((q) => ({ value: String(q), label: text.quarterOption(romanQuarter(q)) }));
const HALF_OPTIONS = [
  { value: '1', label: text.halfOptions.first },
  { value: '2', label: text.halfOptions.second },
];
const ALL = '';
const GROUP_OPTIONS = [
  { value: ALL, label: text.allUnitGroups },
  ...UnitGroup.codes.map((code) => ({ value: code, label: UnitGroup.labels[code] })),
];
const REMOTE_OPTIONS = [
  { value: ALL, label: text.remoteOptions.all },
  { value: 'true', label: text.remoteOptions.true },
  { value: 'false', label: text.remoteOptions.false },
];

export interface DashboardFiltersBarProps {
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
  /** A unit officer's figures are their unit's: no choice of unit group. */
  ownUnitOnly: boolean;
}

/** The period (by kind) and the scope of a dashboard; every change goes into the URL. */
export function DashboardFiltersBar({ filters, onChange, ownUnitOnly }: DashboardFiltersBarProps) {
  // Plain React rather than Mantine's useMounted: importing that hook moved a 15 KB chunk of Mantine into the
  // dashboards' first load (bundle-size.mjs: 194.8 → 209.7 KB).
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const districts = useDistricts().data ?? [];
  // The URL's district stays shown (not "all") while the list loads, or if no commune of it is left.
  const shownDistricts =
    filters.district && !districts.includes(filters.district) ? [filters.district, ...districts] : districts;
  const districtOptions = [
    { value: ALL, label: text.allDistricts },
    ...shownDistricts.map((d) => ({ value: d, label: d })),
  ];
  const { period, kind } = filters;
  const parts = partsOf(period.from);
  const years = yearOptions(period).map((y) => ({ value: String(y), label: String(y) }));
  const setPeriod = (next: Period, nextKind: PeriodKind = kind) =>
    onChange({ ...filters, period: next, kind: nextKind });
  const setCalendar = (year: number, index: number) => {
    if (kind !== 'custom') setPeriod(periodOfKind(kind, year, index));
  };
  const index = kind === 'month' ? parts.month : kind === 'quarter' ? parts.quarter : parts.half;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={text.heading}
      className={classes.noPrint}
      data-testid="dashboard-filters"
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {/* Native selects: the phone's own picker, and none of a combobox's code on the dashboard's first load. */}
        <NativeSelect
          label={text.periodKind}
          data={KIND_OPTIONS}
          value={kind}
          onChange={(event) => {
            const nextKind = event.currentTarget.value as PeriodKind;
            setPeriod(periodForKind(nextKind, period), nextKind);
          }}
          size="md"
        />
        {kind === 'month' || kind === 'quarter' || kind === 'half' ? (
          <NativeSelect
            label={kind === 'month' ? text.month : kind === 'quarter' ? text.quarter : text.half}
            data={kind === 'month' ? MONTH_OPTIONS : kind === 'quarter' ? QUARTER_OPTIONS : HALF_OPTIONS}
            value={String(index)}
            onChange={(event) => setCalendar(parts.year, Number(event.currentTarget.value))}
            size="md"
          />
        ) : null}
        {kind === 'custom' ? (
          // The pickers only once mounted: the server's HTML (ADR 0014) and the first render that hydrates it
          // show the dates read-only, and React never has to give up hydrating for a component still loading.
          mounted ? (
            <Suspense fallback={<DateFieldsLoading period={period} />}>
              <CustomRangeFields period={period} onChange={(next) => setPeriod(next, 'custom')} />
            </Suspense>
          ) : (
            <DateFieldsLoading period={period} />
          )
        ) : (
          <NativeSelect
            label={text.year}
            data={years}
            value={String(parts.year)}
            onChange={(event) => setCalendar(Number(event.currentTarget.value), kind === 'year' ? 1 : index)}
            size="md"
          />
        )}
        <NativeSelect
          label={text.district}
          data={districtOptions}
          value={filters.district ?? ALL}
          onChange={(event) => onChange({ ...filters, district: event.currentTarget.value || undefined })}
          size="md"
        />
        {ownUnitOnly ? null : (
          <NativeSelect
            label={text.unitGroup}
            data={GROUP_OPTIONS}
            value={filters.unitGroup ?? ALL}
            onChange={(event) =>
              onChange({ ...filters, unitGroup: (event.currentTarget.value || undefined) as UnitGroup | undefined })
            }
            size="md"
          />
        )}
        <NativeSelect
          label={text.remote}
          data={REMOTE_OPTIONS}
          value={filters.remote ?? ALL}
          onChange={(event) =>
            onChange({ ...filters, remote: (event.currentTarget.value || undefined) as RemoteFilter | undefined })
          }
          size="md"
        />
      </SimpleGrid>
      {hasScopeFilters(filters) ? (
        <Group mt="sm">
          <Button
            variant="subtle"
            size="sm"
            onClick={() => onChange({ ...filters, district: undefined, unitGroup: undefined, remote: undefined })}
          >
            {text.clear}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}

/**
 * Until the date pickers have loaded: the same two fields with the period's dates, read-only, so the reader
 * sees the dates at once and nothing moves when the pickers take their place.
 */
function DateFieldsLoading({ period }: { period: Period }) {
  return (
    <>
      <div aria-busy="true">
        <VisuallyHidden role="status">{text.loadingDates}</VisuallyHidden>
        <DateShown label={text.from} date={period.from} />
      </div>
      <DateShown label={text.to} date={period.to} />
    </>
  );
}

/** A date in a read-only field, labelled: Mantine's plain Input (NativeSelect's own), not TextInput's chunk. */
function DateShown({ label, date }: { label: string; date: string }) {
  const id = useId();
  return (
    <Input.Wrapper id={id} label={label} size="md">
      <Input id={id} value={formatDate(date)} readOnly size="md" />
    </Input.Wrapper>
  );
}
