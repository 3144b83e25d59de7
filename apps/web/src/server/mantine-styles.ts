/**
 * Only the Mantine styles a server-rendered page uses (ADR 0014). Mantine's styles.css (300 KB) is its component
 * files one after the other; a dashboard uses about a quarter of them, and a phone parses and matches every
 * rule it is given before the first paint. The page gets, inline, the base files and the files of the components
 * whose classes are in its HTML, in styles.css's order; takeover.js loads the whole file when the app comes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Mantine's classes: `m_` and eight hex digits, the same in its CSS files and in the rendered HTML. */
const MANTINE_CLASS = /\bm_[0-9a-f]{8}\b/g;
/** Rules for elements, the root and Mantine's variables: every page needs them. */
const BASE_FILES = new Set(['baseline.css', 'default-css-variables.css', 'global.css']);

interface StylesFile {
  name: string;
  css: string;
  classes: ReadonlySet<string>;
}

export interface MantineStyles {
  /** Whether a stylesheet of the client build is Mantine's styles.css (minified by the build). */
  isMantineBundle(css: string): boolean;
  /** The CSS the page's HTML needs, cached by the set of files it takes. */
  forHtml(html: string): string;
}

export function loadMantineStyles(): MantineStyles {
  const require = createRequire(import.meta.url);
  const stylesCss = require.resolve('@mantine/core/styles.css');
  const whole = readFileSync(stylesCss, 'utf8');
  const dir = join(dirname(stylesCss), 'styles');
  const files: StylesFile[] = readdirSync(dir)
    .filter((name) => name.endsWith('.css') && !name.endsWith('.layer.css'))
    .map((name) => {
      const css = readFileSync(join(dir, name), 'utf8').trim();
      const offset = whole.indexOf(css);
      // A new Mantine whose styles.css is no longer its files in a row: fail at start-up, not with a bare page.
      if (offset < 0) throw new Error(`@mantine/core/styles/${name} is not part of styles.css`);
      return { name, css, offset, classes: new Set(css.match(MANTINE_CLASS)) };
    })
    .sort((a, b) => a.offset - b.offset);
  const allClasses = new Set(files.flatMap((file) => [...file.classes]));
  const cache = new Map<string, string>();

  return {
    isMantineBundle(css) {
      const found = new Set(css.match(MANTINE_CLASS));
      return [...allClasses].filter((name) => found.has(name)).length > allClasses.size / 2;
    },
    forHtml(html) {
      const used = new Set(html.match(MANTINE_CLASS));
      const taken = files.filter((file) => BASE_FILES.has(file.name) || [...file.classes].some((c) => used.has(c)));
      const key = taken.map((file) => file.name).join(',');
      let css = cache.get(key);
      if (css === undefined) {
        css = taken.map((file) => file.css).join('\n');
        cache.set(key, css);
      }
      return css;
    },
  };
}
