import { ContributionKind, FundingSource, ValuationMethod } from '@danvan/domain';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { activitiesMessages } from '@/config/messages/activities';
import { fieldId } from '@/features/activities/form/field-labels';
import type { ContributionRow, NumberValue } from '@/features/activities/form/form-values';
import classes from './activities.module.css';

const text = activitiesMessages.form.contributions;

const KIND_OPTIONS = ContributionKind.codes.map((code) => ({ value: code, label: ContributionKind.labels[code] }));
const SOURCE_OPTIONS = FundingSource.codes.map((code) => ({ value: code, label: FundingSource.labels[code] }));
const VALUATION_OPTIONS = ValuationMethod.codes.map((code) => ({ value: code, label: ValuationMethod.labels[code] }));

/** Money the Vietnamese way: 1.000.000, whole đồng. */
const MONEY_INPUT = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  min: 0,
  // Typed on a phone's number pad; tiny spin buttons are no help there.
  hideControls: true,
} as const;
/** Quantities and labour days may have a fraction: 5,5 ngày công. */
const QUANTITY_INPUT = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  decimalScale: 2,
  allowNegative: false,
  min: 0,
  // Typed on a phone's number pad; tiny spin buttons are no help there.
  hideControls: true,
} as const;

export interface ContributionRowFieldsProps {
  index: number;
  row: ContributionRow;
  /** Units that may contribute; the empty choice means the activity's lead unit. */
  unitOptions: readonly { value: string; label: string }[];
  leadUnitLabel: string;
  errors: Readonly<Record<string, string>>;
  onChange: (patch: Partial<ContributionRow>) => void;
  onRemove: () => void;
}

function numberOf(value: string | number): NumberValue {
  return typeof value === 'number' ? value : '';
}

/** One contribution: its kind decides which fields show (cash, goods with their value, or labour days). */
export function ContributionRowFields({
  index,
  row,
  unitOptions,
  leadUnitLabel,
  errors,
  onChange,
  onRemove,
}: ContributionRowFieldsProps) {
  const n = index + 1;
  const error = (field: string) => errors[`contributions.${index}.${field}`];
  const rowError = errors[`contributions.${index}`];

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} className={classes.row} data-testid="contribution-row">
      <Fieldset legend={text.row(n)} variant="unstyled" styles={{ legend: { fontWeight: 700 } }}>
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={600} mb={4} aria-hidden="true">
              {text.kind}
            </Text>
            <SegmentedControl
              aria-label={text.kindOf(n)}
              data={KIND_OPTIONS}
              value={row.kind}
              onChange={(kind) => onChange({ kind: kind as ContributionKind })}
              fullWidth
              size="md"
            />
          </div>
          {row.kind === 'tien_mat' ? (
            <NumberInput
              id={fieldId(`contributions.${index}.valueVnd`)}
              label={text.cash}
              {...MONEY_INPUT}
              value={row.valueVnd}
              onChange={(value) => onChange({ valueVnd: numberOf(value) })}
              error={error('valueVnd')}
              required
              size="md"
              inputMode="numeric"
            />
          ) : null}
          {row.kind === 'hien_vat' ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                id={fieldId(`contributions.${index}.item`)}
                label={text.item}
                placeholder={text.itemPlaceholder}
                value={row.item}
                onChange={(event) => onChange({ item: event.currentTarget.value })}
                error={error('item')}
                required
                maxLength={200}
                size="md"
              />
              <NumberInput
                id={fieldId(`contributions.${index}.quantity`)}
                label={text.quantity}
                {...QUANTITY_INPUT}
                value={row.quantity}
                onChange={(value) => onChange({ quantity: numberOf(value) })}
                error={error('quantity')}
                required
                size="md"
                inputMode="decimal"
              />
              <TextInput
                id={fieldId(`contributions.${index}.measureUnit`)}
                label={text.measureUnit}
                placeholder={text.measureUnitPlaceholder}
                value={row.measureUnit}
                onChange={(event) => onChange({ measureUnit: event.currentTarget.value })}
                error={error('measureUnit')}
                required
                maxLength={30}
                size="md"
              />
              <NumberInput
                id={fieldId(`contributions.${index}.valueVnd`)}
                label={text.inKindValue}
                {...MONEY_INPUT}
                value={row.valueVnd}
                onChange={(value) => onChange({ valueVnd: numberOf(value) })}
                error={error('valueVnd')}
                required
                size="md"
                inputMode="numeric"
              />
              <Select
                id={fieldId(`contributions.${index}.valuationMethod`)}
                label={text.valuationMethod}
                data={VALUATION_OPTIONS}
                value={row.valuationMethod}
                onChange={(value) => onChange({ valuationMethod: value as ValuationMethod | null })}
                error={error('valuationMethod')}
                required
                size="md"
              />
            </SimpleGrid>
          ) : null}
          {row.kind === 'ngay_cong' ? (
            <NumberInput
              id={fieldId(`contributions.${index}.quantity`)}
              label={text.labourDays}
              {...QUANTITY_INPUT}
              value={row.quantity}
              onChange={(value) => onChange({ quantity: numberOf(value) })}
              error={error('quantity')}
              required
              size="md"
              inputMode="decimal"
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              id={fieldId(`contributions.${index}.source`)}
              label={text.source}
              data={SOURCE_OPTIONS}
              value={row.source}
              onChange={(value) => value && onChange({ source: value as FundingSource })}
              allowDeselect={false}
              error={error('source')}
              size="md"
            />
            <Select
              id={fieldId(`contributions.${index}.unitId`)}
              label={text.unit}
              data={unitOptions}
              value={row.unitId === null ? null : String(row.unitId)}
              placeholder={leadUnitLabel}
              onChange={(value) => onChange({ unitId: value === null ? null : Number(value) })}
              searchable
              clearable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={activitiesMessages.form.nothingFound}
              error={error('unitId')}
              size="md"
            />
          </SimpleGrid>
          <TextInput
            id={fieldId(`contributions.${index}.note`)}
            label={text.note}
            value={row.note}
            onChange={(event) => onChange({ note: event.currentTarget.value })}
            error={error('note')}
            maxLength={1000}
            size="md"
          />
          {rowError ? (
            <Text c="var(--mantine-color-error)" size="sm" role="alert">
              {rowError}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="subtle" color="nationalRed" onClick={onRemove}>
              {text.remove(n)}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </Paper>
  );
}
