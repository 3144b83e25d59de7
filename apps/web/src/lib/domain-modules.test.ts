import { describe, expect, it } from 'vitest';

/**
 * The pages use these domain modules for their values and functions (labels, dates, formats, limits,
 * measures). If one of them, or anything it imports, loads zod, every page downloads the schema library
 * again (about 26 KB gzip) although it checks nothing: the API checks every answer (ADR 0013). Schemas
 * belong in the schema modules (fields, entities, stats…). Type-only imports are erased and do not count.
 */
const PLAIN_MODULES = ['contract', 'dates', 'enums', 'format', 'measures', 'ntm', 'text'];

const sources = import.meta.glob<string>('../../../../packages/domain/src/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function source(name: string): string {
  const text = sources[`../../../../packages/domain/src/${name}.ts`];
  if (text === undefined) throw new Error(`No domain module ${name}.ts`);
  return text;
}

/** The modules `name` loads at run time, directly or through others, read from the sources. */
function runtimeImports(name: string, seen = new Set<string>()): Set<string> {
  for (const [, typeOnly, from] of source(name).matchAll(
    /^import\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
  )) {
    if (typeOnly || from === undefined || seen.has(from)) continue;
    seen.add(from);
    if (from.startsWith('./')) runtimeImports(from.slice(2).replace(/\.js$/, ''), seen);
  }
  return seen;
}

describe('domain modules the pages use for plain values', () => {
  it.each(PLAIN_MODULES)('%s loads no schema library, directly or through its imports', (name) => {
    const imports = [...runtimeImports(name)];
    expect(imports.filter((from) => from === 'zod' || from.startsWith('zod/') || from === './locale.js')).toEqual([]);
  });

  it('notices a module that does load zod, also through another module', () => {
    expect(runtimeImports('fields')).toContain('zod');
    // reports.ts imports zod itself; plan-actual.ts too, and through fields.ts.
    expect(runtimeImports('plan-actual')).toContain('./fields.js');
  });
});
