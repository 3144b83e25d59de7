/**
 * Mantine's light alerts write their title in the alert's own colour, under 4.5:1 on its tint for teal and
 * red. The title reads in near-black instead; the tint and the words carry the tone.
 */
export const readableAlertTitle = { title: { color: 'var(--mantine-color-gray-9)' } } as const;
