import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { MonthPickerInput, type MonthPickerInputProps } from '@mantine/dates';
import { messages } from '@/config/messages';

const text = messages.dates;

// The year button is named by the year it shows; a fixed label would hide it from voice control users.
const ARIA_LABELS = {
  previousYear: text.previousYear,
  nextYear: text.nextYear,
  previousDecade: text.previousDecade,
  nextDecade: text.nextDecade,
};

/** "2022-03-01" → "Tháng 3", in the grid of months. */
function monthLabel(date: string): string {
  return `Tháng ${Number(date.slice(5, 7))}`;
}

export interface MonthFieldProps
  extends Omit<MonthPickerInputProps, 'value' | 'onChange' | 'valueFormat' | 'ariaLabels' | 'type' | 'locale'> {
  /** `YYYY-MM`, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Shown when empty. */
  placeholder?: string;
}

/**
 * A month shown as mm/yyyy, picked from a Vietnamese year grid; its value is the API's `YYYY-MM`. Import it
 * only from lazy pages: it brings @mantine/dates and dayjs along.
 */
export function MonthField({ value, onChange, placeholder = 'mm/yyyy', clearable = false, ...props }: MonthFieldProps) {
  return (
    <MonthPickerInput
      {...props}
      locale="vi"
      value={value ? `${value}-01` : null}
      onChange={(next) => onChange(next ? next.slice(0, 7) : null)}
      valueFormat="MM/YYYY"
      monthsListFormat={monthLabel}
      placeholder={placeholder}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': text.clear }}
      ariaLabels={ARIA_LABELS}
      popoverProps={{ withinPortal: true }}
    />
  );
}
