/** The label of the input a form key names, so the error summary can say which field each message is about. */
import { ParticipantGroup } from '@danvan/domain';
import { activitiesMessages } from '@/config/messages/activities';
import type { ActivityFormValues } from '@/features/activities/form/form-values';

const text = activitiesMessages.form;

/** The DOM id of the input of a form key (`contributions.1.quantity` → `hd-contributions-1-quantity`). */
export function fieldId(key: string): string {
  return `hd-${key.replace(/\./g, '-')}`;
}

const TOP: Record<string, string> = {
  title: text.title,
  unitId: text.unit,
  jointUnitIds: text.jointUnits,
  communeId: text.commune,
  startDate: text.startDate,
  endDate: text.endDate,
  categories: text.categories,
  ntmCriteria: text.ntmCriteria,
  participants: text.sections.participants,
  beneficiaries: text.beneficiaries,
  description: text.description,
  contributions: text.sections.contributions,
};

const ROW: Record<string, string> = {
  item: text.contributions.item,
  measureUnit: text.contributions.measureUnit,
  valuationMethod: text.contributions.valuationMethod,
  source: text.contributions.source,
  unitId: text.contributions.unit,
  note: text.contributions.note,
};

export function fieldLabel(key: string, values: ActivityFormValues): string | undefined {
  if (key in TOP) return TOP[key];
  const [head, second, field] = key.split('.');
  if (head === 'participants') return ParticipantGroup.labels[second as ParticipantGroup];
  if (head !== 'contributions' || second === undefined) return undefined;
  const index = Number(second);
  const row = text.contributions.row(index + 1);
  const kind = values.contributions[index]?.kind;
  if (field === undefined) return row;
  const label =
    field === 'valueVnd'
      ? kind === 'hien_vat'
        ? text.contributions.inKindValue
        : text.contributions.cash
      : field === 'quantity'
        ? kind === 'ngay_cong'
          ? text.contributions.labourDays
          : text.contributions.quantity
        : ROW[field];
  return label ? `${row} — ${label}` : row;
}
