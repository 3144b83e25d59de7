/**
 * Values that a route's schema accepts, for fast-check: the route's zod schema is turned into JSON
 * Schema (`z.toJSONSchema`, input side) and each keyword into an arbitrary. Cross-field rules
 * (refinements) are not in JSON Schema, so some values are still refused: that is fine for fuzzing.
 * Ids and dates are drawn near the demo data so that many requests reach the repositories.
 */
import fc from 'fast-check';
import { z } from 'zod';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** The input side of a zod schema as JSON Schema; parts JSON Schema cannot say (z.custom) become `{}`. */
export function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (!schema || !(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Letters of Vietnamese text, with the spaces and punctuation of ordinary titles. */
const TEXT_CHARS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếệữựĐƯ ,.-0123456789'];

export const textArbitrary = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength, maxLength });

/** Calendar dates around the demo period, valid ones only. */
export const validDate = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** An id of a record: mostly small (the demo's ids), sometimes anywhere up to 2^53 - 1. */
const idArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 150 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) },
);

function bounds(s: JsonSchema, integer: boolean): { min: number; max: number } {
  const step = integer ? 1 : Number.EPSILON;
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + step : -1_000_000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - step : 1_000_000);
  return { min, max };
}

/** Start and end fields that the domain wants in order (a refinement JSON Schema cannot say). */
const PERIODS = [
  ['startDate', 'endDate'],
  ['from', 'to'],
  ['periodFrom', 'periodTo'],
  ['validFrom', 'validTo'],
  ['fromMonth', 'toMonth'],
] as const;

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

function enumKeysOf(items: JsonSchema | undefined, root: JsonSchema): string[] {
  let s = items;
  if (s?.$ref) s = root.$defs?.[s.$ref.replace(/^#\/\$defs\//, '')];
  return Object.entries(s?.properties ?? {})
    .filter(([, p]) => p.enum !== undefined)
    .map(([k]) => k);
}

function orderPeriods(value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  for (const [a, b] of PERIODS) {
    const x = out[a];
    const y = out[b];
    if (typeof x === 'string' && typeof y === 'string' && x > y) {
      out[a] = y;
      out[b] = x;
    }
  }
  return out;
}

/** Generation stays small: the point is breadth, not size (huge values come from the broken variants). */
const MAX_GENERATED_ITEMS = 4;
const MAX_GENERATED_TEXT = 40;

/** Existing ids by field name (`communeId`, `unitIds`…), so that references often point at a record. */
export type IdPools = Record<string, number[]>;

interface Context {
  root: JsonSchema;
  pools: IdPools;
  /** The name of the property being generated (an array's items keep their array's name). */
  field?: string;
}

export function arbitraryOf(schema: JsonSchema, pools: IdPools = {}): fc.Arbitrary<unknown> {
  return generate(schema, { root: schema, pools });
}

function generate(schema: JsonSchema, ctx: Context): fc.Arbitrary<unknown> {
  const { root } = ctx;
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return generate(target, ctx);
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => generate(a, ctx)));
  if (schema.allOf?.[0]) return generate(schema.allOf[0], ctx);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => generate({ ...schema, type: t }, ctx)));
  switch (type[0]) {
    case 'string': {
      if (schema.format === 'date') return validDate;
      if (schema.format === 'date-time') return validDate.map((d) => `${d}T08:30:00.000Z`);
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_GENERATED_TEXT, MAX_GENERATED_TEXT));
      if (schema.pattern) {
        return fc
          .stringMatching(new RegExp(schema.pattern))
          .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY));
      }
      return textArbitrary(minLength, maxLength);
    }
    case 'integer': {
      const looksLikeId = schema.exclusiveMinimum === 0 && (schema.maximum ?? 0) >= Number.MAX_SAFE_INTEGER;
      const pool = ctx.field ? ctx.pools[ctx.field] : undefined;
      if (looksLikeId && pool && pool.length > 0) {
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: idArbitrary });
      }
      if (looksLikeId) return idArbitrary;
      const { min, max } = bounds(schema, true);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'number': {
      const { min, max } = bounds(schema, false);
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS));
      // Unique items: the domain's lists (units, categories, groups) refuse repeats; items that are
      // objects are told apart by their enum fields (a participant group, a contribution kind).
      const keys = enumKeysOf(schema.items, root);
      return fc.uniqueArray(schema.items ? generate(schema.items, ctx) : fc.jsonValue({ maxDepth: 1 }), {
        minLength,
        maxLength,
        selector: (v) =>
          keys.length > 0 && v && typeof v === 'object'
            ? JSON.stringify(keys.map((k) => (v as Record<string, unknown>)[k]))
            : JSON.stringify(v),
      });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      // Optional fields are left out three times in four: a valid request is then likelier to pass
      // the cross-field rules and reach the repositories.
      const model = Object.fromEntries(
        Object.entries(properties).map(([k, v]) => {
          const value = generate(v, { ...ctx, field: k });
          return [
            k,
            required.has(k)
              ? value
              : fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value }),
          ];
        }),
      );
      return fc.record(model).map((o) => orderPeriods(withoutUndefined(o)));
    }
    default:
      // `{}`: anything (a z.custom, or a preprocess that JSON Schema cannot say).
      return fc.jsonValue({ maxDepth: 2 });
  }
}
