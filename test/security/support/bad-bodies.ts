// fast-check arbitraries for what a careless or hostile client sends: random JSON, a valid-looking
// body with one field broken, unknown and prototype-polluting keys, JSON that does not parse, the
// wrong content type, absurd sizes and depths, odd path parameters.
import fc from 'fast-check';
import { residentId } from '../../support/resident-ids';

export interface BadRequest {
  kind: string;
  params: Record<string, string>;
  /** Sent as the Content-Type header; undefined = no header. */
  contentType: string | undefined;
  /** Sent as is. */
  body: string;
}

const VALID_ID = residentId('110105', '19491231', 2);

/** Nested arrays `depth` deep: `[[[...]]]`. */
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A JSON value that is wrong for almost any field. */
export const junkJson: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => JSON.stringify('王'.repeat(n))),
  fc.integer({ min: 20, max: 3_000 }).map(nested),
  fc.constantFrom(
    'null', 'true', '0', '-1', '1e308', '-1e308', '0.1', '9007199254740993', '""', '" "', '[]', '{}', '[null]',
    '"2024-02-30"', '"0000-00-00"', '"2024-13-01"', '"9999-12-31"', `"${VALID_ID}"`, '"110105194912310021"', '"11010519491231002x"',
    '"../../etc/passwd"', `"' OR 1=1 --"`, '"<script>alert(1)</script>"', '"\\u0000"', '"NaN"', '"Infinity"', `"${'9'.repeat(400)}"`,
    '{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"$gt":""}', '["a",{"b":[1,{"c":null}]}]',
  ),
);

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'isAdmin', '$where', 'id', 'createdAt', 'status', 'roles'];

const pathParam: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constant(VALID_ID) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', 'null', '%', '..', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1e999', '王') },
);

function objectJson(entries: Array<[string, string]>): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

/** Requests for a route with path parameters `params` whose valid body looks like `example`. */
export function badRequests(params: string[], example: Record<string, unknown>): fc.Arbitrary<BadRequest> {
  const keys = Object.keys(example);
  const entries = keys.map((k) => [k, JSON.stringify(example[k])] as [string, string]);
  const exampleJson = objectJson(entries);
  const paramValues = fc.tuple(...params.map(() => pathParam)).map((values) => Object.fromEntries(params.map((p, i) => [p, values[i]])));
  const json = (kind: string, body: fc.Arbitrary<string>) => fc.record({ kind: fc.constant(kind), params: paramValues, contentType: fc.constant<string | undefined>('application/json'), body });

  const fieldJunk = fc.tuple(fc.nat(), junkJson).map(([i, junk]) =>
    keys.length === 0 ? objectJson([['value', junk]]) : objectJson(entries.map(([k, v], j) => [k, j === i % keys.length ? junk : v])),
  );
  const fieldMissing = fc.nat().map((i) => objectJson(entries.filter((_, j) => j !== i % Math.max(1, keys.length))));
  const extraKey = fc.tuple(fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 20 })), junkJson, fc.boolean()).map(([key, junk, nestedIn]) =>
    nestedIn && keys.length > 0 ? objectJson(entries.map(([k, v], j) => [k, j === 0 ? objectJson([[key, junk]]) : v])) : objectJson([...entries, [key, junk]]),
  );
  const pollution = fc.constantFrom(
    objectJson([...entries, ['__proto__', '{"polluted":"yes","roles":["admin"]}']]),
    objectJson([['__proto__', '{"polluted":"yes"}'], ...entries]),
    objectJson([...entries, ['constructor', '{"prototype":{"polluted":"yes"}}']]),
    `[${exampleJson}]`,
    `{"members":[{"__proto__":{"polluted":"yes"}}],"guardians":[{"constructor":{"prototype":{"polluted":"yes"}}}]}`,
  );
  const malformed = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.nat().map((n) => exampleJson.slice(0, n % Math.max(1, exampleJson.length))),
    fc.constantFrom(`${exampleJson.slice(0, -1)},}`, exampleJson.replace(/"/g, "'"), `${exampleJson}${exampleJson}`, `\uFEFF${exampleJson}`, 'NaN', '{"a":1,}', '{', '"unterminated', '{"a":"\\x41"}', '\u0000'),
  );
  const wrongType = fc.record({
    kind: fc.constant('wrong content type'),
    params: paramValues,
    contentType: fc.constantFrom<string | undefined>(
      undefined, 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-7',
      'application/octet-stream', 'application/x-ndjson', 'text/csv', 'application/json; charset=latin1', 'application/merge-patch+json',
    ),
    body: fc.oneof(
      fc.constant(exampleJson),
      fc.string({ maxLength: 80 }),
      fc.constantFrom('a[__proto__][polluted]=yes&__proto__[polluted]=yes&constructor[prototype][polluted]=yes', `residentId=${VALID_ID}&name=x`, '<x>&xxe;</x>', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'),
    ),
  });
  const hugeBody = fc.integer({ min: 50_000, max: 400_000 }).map((n) => objectJson([...entries, ['padding', JSON.stringify('x'.repeat(n))]]));

  return fc.oneof(
    { weight: 2, arbitrary: json('random JSON', fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null')) },
    { weight: 5, arbitrary: json('one field broken', fieldJunk) },
    { weight: 1, arbitrary: json('one field missing', fieldMissing) },
    { weight: 3, arbitrary: json('extra key', extraKey) },
    { weight: 1, arbitrary: json('prototype pollution', pollution) },
    { weight: 2, arbitrary: json('malformed JSON', malformed) },
    { weight: 2, arbitrary: wrongType },
    { weight: 1, arbitrary: json('huge body', hugeBody) },
  );
}
