/** The "from" and "to" dates of a custom period; lazy, since it brings the date pickers along. */
import type { Period } from '@danvan/domain';
import { useEffect, useState } from 'react';
import { DateField } from '@/components/ui/date-field';
import { dashboardsMessages } from '@/config/messages/dashboards';

const text = dashboardsMessages.filters;

export interface CustomRangeFieldsProps {
  period: Period;
  onChange: (period: Period) => void;
}

/** Applies a range once both ends are dates in order; until then the reader's typing stays in the fields. */
export function CustomRangeFields({ period, onChange }: CustomRangeFieldsProps) {
  const [draft, setDraft] = useState<{ from: string | null; to: string | null }>(period);
  useEffect(() => setDraft(period), [period]);
  const outOfOrder = draft.from !== null && draft.to !== null && draft.from > draft.to;

  function change(next: { from: string | null; to: string | null }) {
    setDraft(next);
    if (next.from !== null && next.to !== null && next.from <= next.to) onChange({ from: next.from, to: next.to });
  }

  return (
    <>
      <DateField
        label={text.from}
        value={draft.from}
        onChange={(from) => change({ ...draft, from })}
        clearable={false}
        size="md"
      />
      <DateField
        label={text.to}
        value={draft.to}
        onChange={(to) => change({ ...draft, to })}
        clearable={false}
        error={outOfOrder ? text.badRange : undefined}
        size="md"
      />
    </>
  );
}

export default CustomRangeFields;
