import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { isValidDate } from '@danvan/domain';
import { DateInput, type DateInputProps, DatesProvider, type DatesProviderSettings } from '@mantine/dates';
import { messages } from '@/config/messages';
import classes from './date-field.module.css';

const text = messages.dates;

/** Monday first, Vietnamese month and day names (dayjs 'vi'). */
const DATES_SETTINGS: DatesProviderSettings = { locale: 'vi', firstDayOfWeek: 1, weekendDays: [0] };

// The month and year buttons of the header are named by what they show ("Tháng 11 2026"): a fixed label
// ("Chọn tháng") would hide the visible words from voice control and fail axe's label-in-name rule.
const ARIA_LABELS = {
  previousMonth: text.previousMonth,
  nextMonth: text.nextMonth,
  previousYear: text.previousYear,
  nextYear: text.nextYear,
  previousDecade: text.previousDecade,
  nextDecade: text.nextDecade,
};

/**
 * What people type: "5/3/2022", "05/03/2022", "05.03.2022", "05-03-2022", or an ISO "2022-03-05".
 * Returns the calendar date as `YYYY-MM-DD`, the API's form, or null when it is not a real date.
 */
export function parseVietnameseDate(input: string): string | null {
  const value = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return isValidDate(value) ? value : null;
  const dmy = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(value);
  if (!dmy) return null;
  const date = `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  return isValidDate(date) ? date : null;
}

export interface DateFieldProps
  extends Omit<
    DateInputProps,
    'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'ariaLabels' | 'classNames' | 'popoverProps'
  > {
  /** `YYYY-MM-DD`, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A date field shown and typed as dd/mm/yyyy, with a Vietnamese calendar; its value is the API's
 * `YYYY-MM-DD` string. Import it only from lazy pages: it brings @mantine/dates and dayjs along.
 */
export function DateField({ value, onChange, placeholder = text.format, clearable = true, ...props }: DateFieldProps) {
  return (
    <DatesProvider settings={DATES_SETTINGS}>
      <DateInput
        {...props}
        value={value}
        onChange={onChange}
        valueFormat="DD/MM/YYYY"
        dateParser={parseVietnameseDate}
        placeholder={placeholder}
        clearable={clearable}
        clearButtonProps={{ 'aria-label': text.clear }}
        ariaLabels={ARIA_LABELS}
        // Days of the months around are left out: in grey they are too faint to read (axe: color-contrast),
        // and the arrows reach them in one step.
        hideOutsideDates
        classNames={{ day: classes.day }}
        // The calendar opens in place, inside the page's landmarks, rather than at the end of <body>.
        popoverProps={{ withinPortal: false }}
      />
    </DatesProvider>
  );
}
