import classes from './registry.module.css';

/** A status in words with a coloured dot (e.g. green for "Đang phụ trách"); the colour never carries meaning alone. */
export function StatusText({ color, children }: { color: string; children: string }) {
  return (
    <span
      className={classes.status}
      style={{ '--status-color': `var(--mantine-color-${color}-7)` } as React.CSSProperties}
    >
      {children}
    </span>
  );
}
