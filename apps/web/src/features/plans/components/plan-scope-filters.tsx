import { PLAN_ACTUAL_MAX_MONTHS } from '@danvan/domain';
import { Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { MonthField } from '@/components/ui/month-field';
import { messages } from '@/config/messages';
import { type PlanScope, withMonth } from '@/features/plans/plan-scope';
import { useUnitLookup } from '@/lib/lookups';

const text = messages.plans.period;
const ALL = '';

export interface PlanScopeFiltersProps {
  scope: PlanScope;
  onChange: (scope: PlanScope) => void;
  /** A unit officer's own unit, shown instead of the choice of unit. */
  fixedUnitName?: string | null | undefined;
  unitFixed: boolean;
}

/** The unit (for those who see every unit) and the months the page looks at. */
export function PlanScopeFilters({ scope, onChange, unitFixed, fixedUnitName }: PlanScopeFiltersProps) {
  const units = useUnitLookup();
  const options = [
    { value: ALL, label: text.allUnits },
    ...(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name })),
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.filters}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {unitFixed ? (
          <TextInput label={text.unit} value={fixedUnitName ?? ''} readOnly />
        ) : (
          <Select
            label={text.unit}
            data={options}
            value={scope.unitId === undefined ? ALL : String(scope.unitId)}
            onChange={(value) => onChange({ ...scope, unitId: value ? Number(value) : undefined })}
            searchable
            openOnFocus={false}
            allowDeselect={false}
            nothingFoundMessage={messages.common.noValue}
            disabled={units.isPending}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <MonthField
          label={text.fromMonth}
          value={scope.fromMonth}
          onChange={(month) => month && onChange(withMonth(scope, 'fromMonth', month, PLAN_ACTUAL_MAX_MONTHS))}
        />
        <MonthField
          label={text.toMonth}
          value={scope.toMonth}
          onChange={(month) => month && onChange(withMonth(scope, 'toMonth', month, PLAN_ACTUAL_MAX_MONTHS))}
        />
      </SimpleGrid>
    </Paper>
  );
}
