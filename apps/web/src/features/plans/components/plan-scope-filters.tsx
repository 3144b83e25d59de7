import { PLAN_ACTUAL_MAX_MONTHS } from '@danvan/domain';
import { Paper, SimpleGrid } from '@mantine/core';
import { MonthField } from '@/components/ui/month-field';
import { plansMessages } from '@/config/messages/plans';
import { type PlanScope, withMonth } from '@/features/plans/plan-scope';
import { type FixedUnit, UnitSelect } from './unit-commune-select';

const text = plansMessages.period;

export interface PlanScopeFiltersProps {
  scope: PlanScope;
  onChange: (scope: PlanScope) => void;
  /** A unit officer's own unit, shown instead of the choice of unit. */
  fixedUnit: FixedUnit | null;
}

/** The unit (for those who see every unit) and the months the page looks at. */
export function PlanScopeFilters({ scope, onChange, fixedUnit }: PlanScopeFiltersProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.filters}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <UnitSelect
          label={text.unit}
          fixedUnit={fixedUnit}
          noneLabel={text.allUnits}
          value={scope.unitId === undefined ? null : String(scope.unitId)}
          onChange={(value) => onChange({ ...scope, unitId: value ? Number(value) : undefined })}
        />
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
