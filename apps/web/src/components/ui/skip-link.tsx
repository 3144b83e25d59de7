import classes from './skip-link.module.css';

export interface SkipLinkProps {
  targetId: string;
  children: string;
}

/** First focusable element on every page; lets keyboard users jump past the header and navigation. */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  return (
    <a href={`#${targetId}`} className={classes.skipLink}>
      {children}
    </a>
  );
}
