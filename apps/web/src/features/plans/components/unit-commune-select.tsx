import type { Commune } from '@danvan/domain';
import { Select, TextInput } from '@mantine/core';
import { messages } from '@/config/messages';
import { plansMessages } from '@/config/messages/plans';
import { useSession } from '@/features/auth/use-session';
import { useUnitLookup } from '@/lib/lookups';

const text = plansMessages.picker;
/** The value of the "none" or "all" option: a Select's value is a string, and null means "nothing chosen". */
const NONE = '';

export interface FixedUnit {
  id: number;
  name: string;
}

/** A unit officer's own unit: their plans and difficulties are that unit's, not to be chosen. */
export function useFixedUnit(): FixedUnit | null {
  const { user } = useSession();
  return user?.role === 'unit_officer' && user.unitId !== null
    ? { id: user.unitId, name: user.unitName ?? `#${user.unitId}` }
    : null;
}

interface PickerProps {
  id?: string | undefined;
  label: string;
  /** The chosen id as a string, or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean;
  /** Offers "none" (or "all") as a choice of its own, whose value is null. */
  noneLabel?: string | undefined;
  disabled?: boolean;
}

function withNone(options: { value: string; label: string }[], noneLabel: string | undefined) {
  return noneLabel === undefined ? options : [{ value: NONE, label: noneLabel }, ...options];
}

/** "Xã Văn Minh (Huyện Na Rì)": the district tells apart communes of the same name. */
export function communeOption(commune: Pick<Commune, 'id' | 'name' | 'district'>) {
  return { value: String(commune.id), label: `${commune.name} (${commune.district})` };
}

/**
 * The unit of a plan, a difficulty or a view: a searchable choice of every unit, or, for a unit officer,
 * their own unit shown read-only.
 */
export function UnitSelect({
  fixedUnit,
  noneLabel,
  value,
  onChange,
  ...props
}: PickerProps & { fixedUnit: FixedUnit | null }) {
  const units = useUnitLookup();
  if (fixedUnit) return <TextInput id={props.id} label={props.label} value={fixedUnit.name} readOnly />;
  const options = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  return (
    <PickerSelect
      {...props}
      data={withNone(options, noneLabel)}
      noneLabel={noneLabel}
      value={value}
      onChange={onChange}
      placeholder={text.chooseUnit}
      nothingFound={messages.common.noValue}
      disabled={props.disabled || units.isPending}
    />
  );
}

/** The commune, searchable by name with or without diacritics, among `communes`. */
export function CommuneSelect({
  communes,
  nothingFound = messages.common.noValue,
  noneLabel,
  ...props
}: PickerProps & { communes: { value: string; label: string }[]; nothingFound?: string }) {
  return (
    <PickerSelect
      {...props}
      data={withNone(communes, noneLabel)}
      noneLabel={noneLabel}
      placeholder={text.chooseCommune}
      nothingFound={nothingFound}
    />
  );
}

function PickerSelect({
  data,
  noneLabel,
  value,
  onChange,
  placeholder,
  nothingFound,
  ...props
}: PickerProps & { data: { value: string; label: string }[]; placeholder: string; nothingFound: string }) {
  const hasNone = noneLabel !== undefined;
  return (
    <Select
      {...props}
      searchable
      openOnFocus={false}
      data={data}
      value={hasNone ? (value ?? NONE) : value}
      onChange={(next) => onChange(next ? next : null)}
      placeholder={placeholder}
      // With a "none" choice there is always a value: picking it again must not clear the field.
      allowDeselect={!hasNone}
      nothingFoundMessage={nothingFound}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
