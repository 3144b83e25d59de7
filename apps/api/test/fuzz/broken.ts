/**
 * The deliberately broken parts of a request: values of the wrong type or out of range, odd
 * Unicode, bad dates, huge strings and deep nesting, malformed JSON texts, junk in path segments
 * and query strings, file names that climb out of a folder.
 */
import fc from 'fast-check';

/** Odd Unicode: lone surrogates, right-to-left overrides, zero-width characters, NFD, NUL, BOM. */
export const ODD_STRINGS = [
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\u202Egpj.exe',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '\u200B\u200C\u200D\u2060\uFEFF',
  'Ha\u0300 No\u0323\u0302i',
  'Hà Nội'.normalize('NFD'),
  '\u0000',
  'a\u0000b',
  '\uFFFE\uFFFF',
  '𝕋𝕖𝕩𝕥 😀👨‍👩‍👧‍👦',
  'Z̴̡̧̛̛͓̪͚̖̩̞̭̜̀̈́̈́͐̒ả̷̢̛͉̻̘̼̟̪̯̰͛̊͛͆̍̈́l̵̨̢̡͕̙̖̙̪̓̈́̓g̸̢̨̟̖̝̪̲̥̈́̓̑͊̕ͅo̴',
  '\r\n\t\v\f',
  ' ',
  '',
  '%',
  '%00',
  '%ED%A0%80',
  "'; DROP TABLE activities; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  // Template injection probes, as text.
  ['$', '{7*7}{{7*7}}'].join(''),
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '__proto__',
  'constructor',
  'toString',
  '١٢٣',
  '１２３',
];

/** Dates that look right and are not, or are out of any sensible range. */
export const BAD_DATES = [
  '2021-02-30',
  '2021-02-29',
  '2021-13-01',
  '2021-00-10',
  '2021-04-31',
  '99999-01-01',
  '0000-00-00',
  '-2021-01-01',
  '2021-1-1',
  '2021/01/01',
  '01-01-2021',
  '2021-01-01T00:00:00Z',
  '2021-01-01 ',
  ' 2021-01-01',
  '２０２１-０１-０１',
  '2021-01',
  '2021-13',
  '1e3',
  'now',
  '',
];

/** Numbers JSON can carry that no field should take, and their string forms. */
export const BAD_NUMBERS: unknown[] = [
  -0,
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 63,
  -(2 ** 63),
  Number.MIN_VALUE,
  1e-320,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '9007199254740993',
  '99999999999999999999999',
  '0x10',
  '1_000',
  ' 1',
];

/** A string past every limit: the longest text field is 10,000 characters. */
export const hugeString = fc.oneof(
  fc.integer({ min: 10_001, max: 60_000 }).map((n) => 'ắ'.repeat(n)),
  fc.constant('x'.repeat(200_001)),
);

/** Nested arrays or objects, from a little to very deep. */
export const deepNesting = fc
  .integer({ min: 20, max: 2_000 })
  .chain((depth) =>
    fc.constantFrom(
      JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown,
      JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown,
    ),
  );

/** A value of any wrong kind, for any field. */
export const brokenValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...BAD_DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...BAD_NUMBERS) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { __proto__: null }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{}}}')) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }) },
);

/** A key that no schema has, including the ones that reach prototypes. */
export const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '', ' ', 'id', 'version', 'createdAt', 'deletedAt', 'x'),
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ minLength: 1, maxLength: 20 }),
);

/** Whole request bodies that are not JSON, or are JSON of a kind no parser should choke on. */
export const malformedJsonText: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '}',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    '{a:1}',
    'NaN',
    '{"n":NaN}',
    '{"n":Infinity}',
    '{"n":1e400}',
    '{"n":-1e400}',
    '{"n":-0}',
    '{"n":01}',
    '{"n":.5}',
    '{"n":0x10}',
    '{"a":1}{"b":2}',
    '[1,2',
    'null',
    'true',
    '"text"',
    '123',
    '\uFEFF{}',
    '{"a":"\u0000"}',
    '{"a":"\\ud800"}',
    '{"a":"\\u12"}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":1,"a":2}',
    '{"":1}',
    '/* comment */ {}',
  ),
  // Valid JSON cut short at any point.
  fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([v, at]) => {
    const text = JSON.stringify(v) ?? 'null';
    return text.slice(0, at % Math.max(1, text.length));
  }),
  // Very deep nesting, up to the body limit.
  fc.integer({ min: 1_000, max: 400_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1_000, max: 150_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  // Deep nesting with a key that makes the prototype-poisoning scan walk the whole tree.
  fc
    .integer({ min: 1_000, max: 150_000 })
    .map((depth) => `${'{"__proto__":{"a":'.repeat(1)}${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 2)}`),
  fc.integer({ min: 1_000, max: 150_000 }).map((depth) => `${'{"constructor":'.repeat(depth)}1${'}'.repeat(depth)}`),
  // Invalid UTF-8.
  fc.constantFrom(
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    Buffer.from([0xc3, 0x28]),
    Buffer.from([0xed, 0xa0, 0x80]),
  ),
  // Past the 1 MiB body limit.
  fc.constant(`{"a":"${'x'.repeat(1024 * 1024 + 10)}"}`),
);

/** Content types a JSON route might be sent. */
export const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/problem+json',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/xml',
  '',
  ';;;',
  'application/json; boundary="',
);

/** Path segments where an id or a month is expected. */
export const brokenSegment = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e3',
    'abc',
    'null',
    'undefined',
    'NaN',
    'Infinity',
    '9007199254740992',
    '9007199254740993',
    '99999999999999999999999999',
    `1${'0'.repeat(400)}`,
    '0x1F',
    '%20%31',
    '%00',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%2F..%2Fetc%2Fpasswd',
    '..%252f..%252fetc%252fpasswd',
    '%ED%A0%80',
    '%C0%AE%C0%AE%2F',
    '%',
    '%zz',
    '%E1%BB%A9',
    '%D9%A1',
    '%EF%BC%91',
    '2021-13',
    '2021-02',
    '99999-01',
    '2021-1',
  ),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).map((s) => encodeURIComponent(s)),
);

/** If-Match values: mostly `*` so that writes get through, and every kind of wrong one. */
export const ifMatch = fc.oneof(
  { weight: 6, arbitrary: fc.constant('*') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '"1"',
      'W/"1"',
      '"2"',
      '"999999"',
      '"0"',
      '"-1"',
      '"1.5"',
      '"99999999999999999999999"',
      '1',
      '""',
      '',
      '   ',
      '*, "1"',
      '"1", "2"',
      'x'.repeat(101),
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** File names of an upload that try to leave the photos folder or to lie about their type. */
export const uploadFileName = fc.constantFrom(
  'anh.jpg',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\system.ini',
  '\u202Egpj.exe',
  'a\u0000.jpg',
  '.htaccess',
  'CON',
  '',
  'ảnh hoạt động.jpg'.normalize('NFD'),
  `${'a'.repeat(5_000)}.jpg`,
);

/** Paths under the docs' static files that try to climb out of their folder. */
export const traversalPath = fc.constantFrom(
  '../../../../../../etc/passwd',
  '..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '..%252f..%252f..%252fetc%252fpasswd',
  '....//....//....//etc/passwd',
  '..\\..\\..\\..\\etc\\passwd',
  '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '.%00./.%00./etc/passwd',
  '%00',
  'swagger-ui.css%00.js',
  '..%2f..%2f..%2fpackage.json',
  '../../../package.json',
  '.env',
  '%2e%65%6e%76',
  'index.html/../../../../etc/passwd',
  'swagger-ui.css',
  'favicon-32x32.png',
);
