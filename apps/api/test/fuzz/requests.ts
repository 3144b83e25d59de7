/**
 * Requests for one route, as fast-check arbitraries: who sends it, its path parameters (a real
 * record's id, or junk), its query string, its body (valid per the route's schema, or broken in one
 * of many ways) and its If-Match. Path parameters are chosen when the case runs, from the records
 * that exist then (`ParamChoice`).
 */
import fc from 'fast-check';
import type { RegisteredRoute } from '../../src/app.js';
import {
  brokenSegment,
  brokenValue,
  contentTypes,
  ifMatch,
  malformedJsonText,
  traversalPath,
  unknownKey,
  uploadFileName,
} from './broken.js';
import { arbitraryOf, type IdPools, type JsonSchema, jsonSchemaOf, textArbitrary } from './schema-arbitrary.js';

export const PRINCIPALS = [
  'admin',
  'admin without CSRF',
  'admin with a wrong CSRF',
  'unit officer',
  'viewer',
  'write token',
  'read token',
  'anonymous',
  'forged credentials',
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/** Mostly the admin, who may call everything, so that most requests reach the handlers. */
const principal = fc.oneof(
  { weight: 12, arbitrary: fc.constant<PrincipalName>('admin') },
  { weight: 3, arbitrary: fc.constant<PrincipalName>('write token') },
  { weight: 2, arbitrary: fc.constant<PrincipalName>('unit officer') },
  { weight: 2, arbitrary: fc.constant<PrincipalName>('anonymous') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<PrincipalName>(
      'admin without CSRF',
      'admin with a wrong CSRF',
      'viewer',
      'read token',
      'forged credentials',
    ),
  },
);

/** A path parameter: the n-th existing record (modulo their number), or a broken segment sent as is. */
export type ParamChoice = { kind: 'existing'; pick: number; editable: boolean } | { kind: 'raw'; segment: string };

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'raw'; payload: string | Buffer; contentType?: string }
  | { kind: 'multipart'; payload: Buffer; contentType: string };

export interface FuzzCase {
  principal: PrincipalName;
  params: Record<string, ParamChoice>;
  query: string;
  body: Body;
  ifMatch: string | undefined;
  accept: string | undefined;
  /** What kind of breakage this case is, for the report. */
  variant: string;
}

/** Test images made once by the runner (sharp), and a PNG whose header claims 400 million pixels. */
export interface Images {
  jpeg: Buffer;
  png: Buffer;
  webp: Buffer;
  pngBomb: Buffer;
}

// ------------------------------------------------------------------ query strings

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as its (invalid) UTF-8 bytes. */
export function encodeLoose(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

function queryValue(v: unknown): string {
  if (Array.isArray(v) && v.every((i) => i === null || typeof i !== 'object')) return v.map(queryValue).join(',');
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function serialiseQuery(entries: [string, unknown][]): string {
  return entries.map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(queryValue(v))}`).join('&');
}

type QueryMutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'unknown'; key: string; value: unknown }
  | { op: 'repeat'; at: number }
  | { op: 'raw'; text: string }
  | { op: 'drop'; at: number };

const queryMutation: fc.Arbitrary<QueryMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: brokenValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('unknown' as const), key: unknownKey, value: brokenValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('raw' as const),
      text: fc.constantFrom(
        '%',
        '%zz=1',
        'a=%ED%A0%80',
        'a=%00',
        '=',
        '&&&',
        '__proto__[x]=1',
        'constructor[prototype][x]=1',
        'limit=1&limit=2',
        'limit[]=1',
        'limit[$gt]=1',
        'q=%E1%BB',
        `q=${'a'.repeat(20_000)}`,
        'from=2021-02-30&to=2021-03-01',
        'from=99999-01-01',
        'limit=1e308',
        'limit=NaN',
        'limit=-0',
        'page=9007199254740993',
        'sort=__proto__',
        'format=xml',
      ),
    }),
  },
);

function mutateQuery(entries: [string, unknown][], m: QueryMutation): string {
  const list = [...entries];
  const at = 'at' in m && list.length > 0 ? m.at % list.length : -1;
  switch (m.op) {
    case 'replace':
      if (at >= 0) list[at] = [list[at]![0], m.value];
      else list.push(['limit', m.value]);
      return serialiseQuery(list);
    case 'unknown':
      return serialiseQuery([...list, [m.key, m.value]]);
    case 'repeat':
      return at >= 0 ? serialiseQuery([...list, list[at]!]) : 'limit=1&limit=2';
    case 'drop':
      if (at >= 0) list.splice(at, 1);
      return serialiseQuery(list);
    case 'raw':
      return [serialiseQuery(list), m.text].filter(Boolean).join('&');
  }
}

function queryArbitrary(
  schema: JsonSchema | undefined,
  pools: IdPools,
): fc.Arbitrary<{ query: string; variant: string }> {
  const noSchema = fc.oneof(
    { weight: 3, arbitrary: fc.constant({ query: '', variant: 'no query' }) },
    {
      weight: 1,
      arbitrary: queryMutation.map((m) => ({ query: mutateQuery([], m), variant: `unknown query (${m.op})` })),
    },
  );
  if (!schema) return noSchema;
  const valid = arbitraryOf(schema, pools).map((v) => Object.entries((v ?? {}) as Record<string, unknown>));
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((entries) => ({ query: serialiseQuery(entries), variant: 'valid query' })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(valid, queryMutation)
        .map(([entries, m]) => ({ query: mutateQuery(entries, m), variant: `broken query (${m.op})` })),
    },
  );
}

// ------------------------------------------------------------------ JSON bodies

type Path = (string | number)[];

/** Every place in a value: the value itself, each property and each item, down to the leaves. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (out.length > 500) return out;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...path, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  }
  return out;
}

function setAt(value: unknown, path: Path, replacement: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replacement(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  // defineProperty: an own "__proto__" key is kept as data, as a JSON parser would keep it.
  Object.defineProperty(copy, head, {
    value: setAt(copy[head as string], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

type BodyMutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'add key'; at: number; key: string; value: unknown }
  | { op: 'remove key'; at: number; index: number }
  | { op: 'wrap in array' };

const bodyMutation: fc.Arbitrary<BodyMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: brokenValue }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('add key' as const), at: fc.nat(), key: unknownKey, value: brokenValue }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove key' as const), at: fc.nat(), index: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: 'wrap in array' as const }) },
);

function mutateBody(value: unknown, m: BodyMutation): unknown {
  const paths = pathsOf(value);
  const path = 'at' in m ? paths[m.at % paths.length]! : [];
  switch (m.op) {
    case 'replace':
      return setAt(value, path, () => m.value);
    case 'add key': {
      const objects = paths.filter((p) => {
        let v: unknown = value;
        for (const k of p) v = (v as Record<string | number, unknown>)[k];
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      const target = objects.length > 0 ? objects[m.at % objects.length]! : [];
      return setAt(value, target, (old) => {
        const copy = old && typeof old === 'object' && !Array.isArray(old) ? { ...old } : {};
        Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        return copy;
      });
    }
    case 'remove key':
      return setAt(value, path, (old) => {
        if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
        const keys = Object.keys(old);
        if (keys.length === 0) return old;
        const { [keys[m.index % keys.length]!]: _gone, ...rest } = old as Record<string, unknown>;
        return rest;
      });
    case 'wrap in array':
      return [value];
  }
}

function jsonBodyArbitrary(
  schema: JsonSchema | undefined,
  pools: IdPools,
): fc.Arbitrary<{ body: Body; variant: string }> {
  const valid = schema ? arbitraryOf(schema, pools) : fc.constant({});
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((value) => ({ body: { kind: 'json', value } as Body, variant: 'valid body' })) },
    {
      weight: 5,
      arbitrary: fc.tuple(valid, bodyMutation).map(([value, m]) => ({
        body: { kind: 'json', value: mutateBody(value, m) } as Body,
        variant: `broken body (${m.op})`,
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(malformedJsonText, fc.option(contentTypes, { nil: undefined })).map(([payload, type]) => ({
        body: { kind: 'raw', payload, contentType: type ?? 'application/json' } as Body,
        variant: 'malformed JSON',
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, contentTypes).map(([value, contentType]) => ({
        body: { kind: 'json', value, contentType } as Body,
        variant: 'content type',
      })),
    },
    { weight: 1, arbitrary: fc.constant({ body: { kind: 'none' } as Body, variant: 'no body' }) },
  );
}

// ------------------------------------------------------------------ multipart uploads

interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer | string;
}

export function multipartBody(parts: Part[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename !== undefined) head += `; filename="${p.filename}"`;
    head += '\r\n';
    if (p.contentType) head += `Content-Type: ${p.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** A broken value as text (for a form field or a CSV cell). */
function asText(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

/** Multipart forms, for every route that takes them (photos, imports). */
function uploadArbitrary(images: Images): fc.Arbitrary<{ body: Body; variant: string }> {
  const file = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(images.jpeg, images.png, images.webp) },
    {
      weight: 4,
      arbitrary: fc.oneof(
        fc.constant(images.pngBomb),
        fc.constant(Buffer.alloc(0)),
        fc.constant(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')),
        fc.constant(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')),
        fc.constant(Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1')),
        fc.constant(Buffer.from('<?php system($_GET["c"]); ?>')),
        fc.nat().map((n) => images.jpeg.subarray(0, 3 + (n % (images.jpeg.length - 3)))),
        fc.nat().map((n) => images.png.subarray(0, 8 + (n % (images.png.length - 8)))),
        fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(a)])),
        fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a)),
        // What an import takes: CSV text (with formulas, a BOM, odd Unicode) and zip-like (XLSX) bytes.
        fc
          .array(fc.array(brokenValue.map(asText), { maxLength: 6 }), { maxLength: 6 })
          .map((rows) => Buffer.from(`\uFEFFtitle,startDate,unitCode\n${rows.map((r) => r.join(',')).join('\n')}`)),
        fc.constant(Buffer.from('=cmd|" /C calc"!A0,@SUM(1+1),+1,-1\n"unclosed,quote\n')),
        fc
          .uint8Array({ maxLength: 2048 })
          .map((a) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(a)])),
      ),
    },
  );
  const caption = fc.oneof(
    textArbitrary(0, 60),
    brokenValue.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
  );
  const declaredType = fc.constantFrom('image/jpeg', 'image/png', 'text/html', 'application/x-php', undefined);
  const shape = fc.constantFrom(
    'normal',
    'normal',
    'normal',
    'with caption',
    'with caption',
    'with caption',
    'no file',
    'two files',
    'extra field',
    'caption twice',
    'cut short',
    'wrong boundary',
    'proto field',
    'file as text field',
  );
  return fc
    .record({ file, caption, filename: uploadFileName, declaredType, shape })
    .map(({ file, caption, filename, declaredType, shape }) => {
      const boundary = '----fuzz7MA4YWxkTrZu0gW';
      const filePart: Part = {
        name: 'file',
        filename,
        data: file,
        ...(declaredType ? { contentType: declaredType } : {}),
      };
      const captionPart: Part = { name: 'caption', data: caption };
      const parts: Record<string, Part[]> = {
        normal: [filePart],
        'with caption': [filePart, captionPart],
        'no file': [captionPart],
        'two files': [filePart, { ...filePart, name: 'file2' }],
        'extra field': [filePart, captionPart, { name: 'activityId', data: '1' }],
        'caption twice': [filePart, captionPart, captionPart],
        'cut short': [filePart, captionPart],
        'wrong boundary': [filePart],
        'proto field': [{ name: '__proto__', data: '{"polluted":1}' }, filePart],
        'file as text field': [{ name: 'file', data: file.toString('latin1') }],
      };
      let payload = multipartBody(parts[shape]!, boundary);
      if (shape === 'cut short') payload = payload.subarray(0, Math.floor(payload.length / 2));
      const contentType =
        shape === 'wrong boundary'
          ? 'multipart/form-data; boundary=other'
          : `multipart/form-data; boundary=${boundary}`;
      return { body: { kind: 'multipart', payload, contentType } as Body, variant: `upload (${shape})` };
    });
}

// ------------------------------------------------------------------ one route

function paramArbitrary(name: string): fc.Arbitrary<ParamChoice> {
  if (name === '*') return traversalPath.map((segment) => ({ kind: 'raw', segment }) as ParamChoice);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('existing' as const),
        pick: fc.nat(),
        editable: fc.constantFrom(true, true, false),
      }),
    },
    { weight: 1, arbitrary: brokenSegment.map((segment) => ({ kind: 'raw', segment }) as ParamChoice) },
  );
}

export function paramNamesOf(url: string): string[] {
  return [...url.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*');
}

export function caseArbitrary(route: RegisteredRoute, images: Images, pools: IdPools): fc.Arbitrary<FuzzCase> {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const params = Object.fromEntries(paramNamesOf(route.url).map((n) => [n, paramArbitrary(n)]));
  const writes = route.method !== 'GET';
  const body =
    schema.consumes && (schema.consumes as string[]).includes('multipart/form-data')
      ? uploadArbitrary(images)
      : writes
        ? jsonBodyArbitrary(jsonSchemaOf(schema.body), pools)
        : fc.constant({ body: { kind: 'none' } as Body, variant: '' });
  return fc
    .record({
      principal,
      params: fc.record(params),
      query: queryArbitrary(jsonSchemaOf(schema.querystring), pools),
      body,
      ifMatch: writes ? ifMatch : fc.constant(undefined),
      accept: fc.option(fc.constantFrom('text/csv', 'application/json', '*/*', 'text/html', 'image/*', ''), {
        nil: undefined,
        freq: 3,
      }),
    })
    .map((c) => ({
      principal: c.principal,
      params: c.params,
      query: c.query.query,
      body: c.body.body,
      ifMatch: c.ifMatch,
      accept: c.accept,
      variant: [c.body.variant, c.query.variant].filter((v) => v && v !== 'no query').join(', ') || 'plain',
    }));
}
