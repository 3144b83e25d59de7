import { type CSSVariablesResolver, createTheme, type MantineColorsTuple, type SelectProps } from '@mantine/core';
import { messages } from './messages';

/** The national red (#DA251D) at index 6; index 7 is the darker shade used for text and filled controls (6.5:1 on white). */
const nationalRed: MantineColorsTuple = [
  '#fdecea',
  '#f9d3d0',
  '#f2a7a2',
  '#ea7a73',
  '#e3524a',
  '#de3a31',
  '#da251d',
  '#b81e17',
  '#961812',
  '#73120d',
];

export const NATIONAL_RED = nationalRed[6];

/**
 * The green of "approved" and "on norm": 6.1:1 on white and 5.5:1 on a hovered table row (Mantine's green.9 is
 * 4.4:1 on white, under the 4.5:1 that text needs).
 */
export const SUCCESS_GREEN = '#237032';

export const theme = createTheme({
  primaryColor: 'nationalRed',
  primaryShade: 7,
  colors: { nationalRed },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  // A generous base size: many readers are older officials, often on a phone.
  fontSizes: {
    xs: '0.875rem',
    sm: '1rem',
    md: '1.0625rem',
    lg: '1.1875rem',
    xl: '1.375rem',
  },
  lineHeights: { md: '1.6' },
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.875rem', lineHeight: '1.3' },
      h2: { fontSize: '1.375rem', lineHeight: '1.35' },
      h3: { fontSize: '1.1875rem', lineHeight: '1.4' },
    },
  },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  respectReducedMotion: true,
  components: {
    // An empty choice says what to do rather than showing a blank box; pages give their own ("Tất cả…").
    // A plain object, not `Select.extend(…)` (which only returns its argument): importing the component here
    // would put Select, Combobox, Popover and floating-ui (≈ 30 KB gzip) in the shell that every page loads.
    Select: { defaultProps: { placeholder: messages.common.choose } satisfies Partial<SelectProps> },
  },
});

/**
 * Mantine's default "dimmed" grey (gray.6) and error red (red.6) are below 4.5:1 on white; gray.7 keeps
 * secondary text readable, and field errors use the darker national red.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-nationalRed-7)',
  },
  dark: {},
});
