import {
  compareVietnamese,
  maxDate,
  minDate,
  type Period,
  romanQuarter,
  SEED_PERIOD,
  todayInVietnam,
  UnitGroup,
} from '@danvan/domain';
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { DateField } from '@/components/ui/date-field';
import { messages } from '@/config/messages';
import { reportsMessages } from '@/config/messages/reports';
import { useHealth } from '@/features/health/api/get-health';
import {
  choiceForKind,
  type PeriodChoice,
  type PeriodKind,
  periodChoiceOf,
  periodOfChoice,
  type ReportParams,
  type ReportScopeParams,
  type ScopeKind,
  scopeKindOf,
} from '@/features/reports/report-params';
import { useCommuneLookup, useUnitLookup } from '@/lib/lookups';

const text = reportsMessages.filters;
const KINDS: PeriodKind[] = ['month', 'quarter', 'half', 'year', 'custom'];
const SCOPES: ScopeKind[] = ['all', 'district', 'unitGroup', 'unit'];
const FIRST_YEAR = 2020;

export interface ReportFiltersProps {
  params: ReportParams;
  onChange: (params: ReportParams) => void;
  /** A unit officer's own unit, shown instead of the choice of scope. */
  unitFixed: boolean;
  fixedUnitName?: string | null | undefined;
}

function yearOptions(current: number) {
  const last = Math.max(Number(todayInVietnam().slice(0, 4)), current);
  const years: { value: string; label: string }[] = [];
  for (let y = last; y >= Math.min(FIRST_YEAR, current); y--) years.push({ value: String(y), label: String(y) });
  return years;
}

function indexOptions(kind: PeriodKind) {
  switch (kind) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: text.monthOption(i + 1) }));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => ({ value: String(q), label: text.quarterOption(romanQuarter(q)) }));
    case 'half':
      return text.halves.map((h, i) => ({ value: String(i + 1), label: h }));
    default:
      return [];
  }
}

const INDEX_LABEL: Partial<Record<PeriodKind, string>> = { month: text.month, quarter: text.quarter, half: text.half };

/** The period of the report (a month, quarter, half year, year, or any range) and what it covers. */
export function ReportFilters({ params, onChange, unitFixed, fixedUnitName }: ReportFiltersProps) {
  const choice = periodChoiceOf(params.period);
  const setPeriod = (period: Period) => onChange({ ...params, period });
  const setChoice = (next: PeriodChoice) => setPeriod(periodOfChoice(next, params.period));
  const demo = useHealth().data?.demo === true;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.label}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Select
            label={text.periodKind}
            data={KINDS.map((k) => ({ value: k, label: text.kinds[k] }))}
            value={choice.kind}
            onChange={(value) => value && setChoice(choiceForKind(value as PeriodKind, params.period))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {choice.kind === 'custom' ? (
            <CustomRange period={params.period} onChange={setPeriod} />
          ) : (
            <>
              <Select
                label={text.year}
                data={yearOptions(choice.year)}
                value={String(choice.year)}
                onChange={(value) => value && setChoice({ ...choice, year: Number(value) })}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              {INDEX_LABEL[choice.kind] ? (
                <Select
                  label={INDEX_LABEL[choice.kind]}
                  data={indexOptions(choice.kind)}
                  value={String(choice.index)}
                  onChange={(value) => value && setChoice({ ...choice, index: Number(value) })}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                />
              ) : null}
            </>
          )}
        </SimpleGrid>
        {/* The bulletin's period is only where the demo data has its figures. */}
        {demo ? (
          <Group gap="sm">
            <Button
              variant="default"
              size="sm"
              onClick={() => setPeriod(SEED_PERIOD)}
              title={text.seedPeriodHint}
              disabled={params.period.from === SEED_PERIOD.from && params.period.to === SEED_PERIOD.to}
            >
              {text.seedPeriod}
            </Button>
          </Group>
        ) : null}
        {unitFixed ? (
          <TextInput label={text.ownUnit} value={fixedUnitName ?? ''} readOnly maw={560} />
        ) : (
          <ScopeFields scope={params.scope} onChange={(scope) => onChange({ ...params, scope })} />
        )}
      </Stack>
    </Paper>
  );
}

function CustomRange({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  return (
    <>
      <DateField
        label={text.from}
        value={period.from}
        clearable={false}
        onChange={(from) => from && onChange({ from, to: maxDate(period.to, from) })}
      />
      <DateField
        label={text.to}
        value={period.to}
        clearable={false}
        onChange={(to) => to && onChange({ from: minDate(period.from, to), to })}
      />
    </>
  );
}

function ScopeFields({ scope, onChange }: { scope: ReportScopeParams; onChange: (scope: ReportScopeParams) => void }) {
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const kind = scopeKindOf(scope);
  const districts = useMemo(
    () => [...new Set((communes.data ?? []).map((c) => c.district))].sort(compareVietnamese),
    [communes.data],
  );
  const unitOptions = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  const groupOptions = UnitGroup.codes.map((g) => ({ value: g, label: UnitGroup.labels[g] }));

  // Choosing a kind of scope picks its first option at once, so the report never waits on a half-made choice.
  const chooseKind = (next: ScopeKind) => {
    if (next === 'district' && districts[0]) onChange({ district: districts[0] });
    else if (next === 'unitGroup') onChange({ unitGroup: UnitGroup.codes[0] });
    else if (next === 'unit' && unitOptions[0]) onChange({ unitId: Number(unitOptions[0].value) });
    else if (next === 'all') onChange({});
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Select
        label={text.scope}
        data={SCOPES.map((s) => ({ value: s, label: text.scopes[s] }))}
        value={kind}
        onChange={(value) => value && chooseKind(value as ScopeKind)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {kind === 'district' ? (
        <Select
          label={text.district}
          data={districts}
          value={scope.district ?? null}
          onChange={(value) => value && onChange({ district: value })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={messages.common.noValue}
          comboboxProps={{ withinPortal: true }}
        />
      ) : null}
      {kind === 'unitGroup' ? (
        <Select
          label={text.unitGroup}
          data={groupOptions}
          value={scope.unitGroup ?? null}
          onChange={(value) => value && onChange({ unitGroup: value as UnitGroup })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      ) : null}
      {kind === 'unit' ? (
        <Select
          label={text.unit}
          data={unitOptions}
          value={scope.unitId === undefined ? null : String(scope.unitId)}
          onChange={(value) => value && onChange({ unitId: Number(value) })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={messages.common.noValue}
          comboboxProps={{ withinPortal: true }}
        />
      ) : null}
    </SimpleGrid>
  );
}
