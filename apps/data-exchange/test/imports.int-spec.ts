// 数据比对 on the real PostgreSQL and RabbitMQ: department files streamed in, checked line by line,
// matched against the people the programmes announced, and what they raise published once.
import { maskResidentId, residentIdCheckChar } from '@app/common/resident-id/resident-id';
import { encode } from 'iconv-lite';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { EventTap } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { LineCheckPool } from '../src/imports/line-checks/line-check-pool';
import { CASEWORKER, DataExchangeTestKit, HEALTH, HOUSING, PUBLIC_SECURITY } from './data-exchange-test-kit';

const kit = new DataExchangeTestKit('data_exchange_imports');
let tap: EventTap;

function rid(birth: string, seq: number): string {
  const first17 = `110105${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

const HEADER = 'recordType,residentId,name,eventDate,reference,ethnicity,placeOfDeath,disposal,destination';
const death = (id: string, name: string, date: string) => `DEATH,${id},${name},${date},注销-${id.slice(-6)},HAN,家中,CREMATION,`;
const move = (id: string, name: string, date: string) => `MOVE_OUT,${id},${name},${date},迁出-${id.slice(-6)},,,,广东省深圳市`;
const csv = (...lines: string[]) => `${[HEADER, ...lines].join('\n')}\n`;
const ps = (records: number, asOf = '2024-08-31') => `dataSet=HOUSEHOLD_REGISTRATION&asOf=${asOf}&records=${records}`;

const dibaoWidow = rid('19500312', 22);
const dibaoMan = rid('19620101', 31);
const elder = rid('19400505', 41);
const stranger = rid('19700707', 51);
const formerlyCovered = rid('19580808', 61);
const monitoredMother = rid('19850101', 72);
const orphan = rid('20150601', 83);

beforeAll(async () => {
  await kit.start();
  tap = await kit.listen('data-exchange.#');
  await kit.enrolled(dibaoWidow);
  await kit.enrolled(dibaoMan, 'TEKUN');
  await kit.elderlyAllowance(elder);
  const stopped = await kit.enrolled(formerlyCovered, 'DIBAO', '2023-01');
  await kit.enrollmentStopped(stopped, formerlyCovered, '2024-03');
  await kit.monitored(monitoredMother);
  await kit.childAllowance(orphan);
});

afterAll(async () => {
  await tap?.close();
  await kit.stop();
});

const imports = () => kit.count(`SELECT count(*) AS n FROM department_import`);

describe('a public security file of deaths and moves', () => {
  const file = csv(
    death(dibaoWidow, '王秀英', '2024-08-10'),
    death(stranger, '陈某', '2024-08-11'),
    move(elder, '刘老汉', '2024-08-15'),
    death(formerlyCovered, '赵某', '2024-08-12'),
    'DEATH,110105195003120021,钱某,2024-08-13,注销-1,HAN,家中,CREMATION,',
    `DEATH,${dibaoMan},孙某,2024-08-14,注销-2,HAN,,CREMATION,`,
    death(orphan, '小明', '2024-08-16'),
  );

  it('refuses bad lines one by one, applies the rest, and raises each covered person’s death or move once', async () => {
    const res = await kit.post(PUBLIC_SECURITY, ps(7), 'text/csv', file).expect(200);
    expect(res.body).toMatchObject({ department: 'PUBLIC_SECURITY', records: 7, accepted: 5, refused: 2, matched: 3, alreadyKnown: 0, duplicate: false });
    expect(res.body.refusals).toEqual([
      { line: 6, field: 'residentId', code: 'INVALID_RESIDENT_ID', message: 'not a valid resident ID (CHECKSUM)' },
      { line: 7, field: 'placeOfDeath', code: 'REQUIRED', message: 'must not be empty for a death' },
    ]);
    await waitFor('matched events', async () => tap.received('data-exchange.deaths.matched.v1').length === 1 && tap.received('data-exchange.moves.matched.v1').length === 1);
    const [deaths] = tap.received('data-exchange.deaths.matched.v1');
    expect(deaths.subject).toBe(res.body.id);
    expect(deaths.data).toMatchObject({ importId: res.body.id, dataSet: 'HOUSEHOLD_REGISTRATION', asOf: '2024-08-31', chunk: { index: 0, count: 1 } });
    expect(deaths.data.deaths).toEqual([
      expect.objectContaining({ residentId: dibaoWidow, name: '王秀英', dateOfDeath: '2024-08-10', ethnicity: 'HAN', placeOfDeath: '家中', disposal: 'CREMATION', divisionCode: '110000' }),
      expect.objectContaining({ residentId: orphan, dateOfDeath: '2024-08-16' }),
    ]);
    const [moves] = tap.received('data-exchange.moves.matched.v1');
    expect(moves.data.moves).toEqual([expect.objectContaining({ residentId: elder, movedOn: '2024-08-15', destination: '广东省深圳市' })]);
  });

  it('answers the same file twice with the first import and raises nothing more', async () => {
    const before = await imports();
    const events = tap.events.length;
    const res = await kit.post(PUBLIC_SECURITY, ps(7), 'text/csv', file).expect(200);
    expect(res.body).toMatchObject({ duplicate: true, matched: 3 });
    expect(await imports()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(tap.events.length).toBe(events);
  });

  it('counts a death another file raised already as known, and sends a different date on for review', async () => {
    const res = await kit
      .post(PUBLIC_SECURITY, ps(2, '2024-09-01'), 'text/csv', csv(death(dibaoWidow, '王秀英', '2024-08-10'), death(dibaoWidow, '王秀英', '2024-08-09')))
      .expect(200);
    expect(res.body).toMatchObject({ duplicate: false, matched: 1, alreadyKnown: 1 });
    await waitFor('second deaths event', async () => tap.received('data-exchange.deaths.matched.v1').length === 2);
    expect(tap.received('data-exchange.deaths.matched.v1')[1].data.deaths).toEqual([expect.objectContaining({ residentId: dibaoWidow, dateOfDeath: '2024-08-09' })]);
  });

  it('reads a GBK file that says so', async () => {
    const gbk = encode(csv(death(dibaoMan, '孙某', '2024-08-20')), 'gbk');
    const res = await kit.post(PUBLIC_SECURITY, ps(1), 'text/csv; charset=GBK', gbk).expect(200);
    expect(res.body).toMatchObject({ charset: 'GBK', matched: 1 });
    await waitFor('GBK death', async () => tap.received('data-exchange.deaths.matched.v1').some((e) => (e.data.deaths as Array<{ name: string }>)[0].name === '孙某'));
  });
});

describe('a file refused as a whole leaves nothing behind', () => {
  it.each([
    ['a wrong header', ps(1), 'text/csv', `recordType,residentId,name,eventDate,reference\n${death(dibaoWidow, '王秀英', '2024-08-10')}\n`, 'IMPORT.HEADER_MISMATCH', 'ethnicity'],
    ['GBK sent as UTF-8', ps(1), 'text/csv', encode(csv(death(dibaoMan, '孙某', '2024-08-21')), 'gbk'), 'IMPORT.ENCODING', 'charset'],
    ['a file cut off mid-line', ps(2), 'text/csv', csv(death(dibaoMan, '孙某', '2024-08-21')) + 'DEATH,1101', 'IMPORT.TRUNCATED', undefined],
    ['a file cut off at a line break', ps(3), 'text/csv', csv(death(dibaoMan, '孙某', '2024-08-21')), 'IMPORT.RECORD_COUNT_MISMATCH', 'records'],
  ])('%s', async (_what, query, contentType, body, code, field) => {
    const before = await imports();
    const res = await kit.post(PUBLIC_SECURITY, query, contentType, body).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    if (field) expect(res.body.errors[0].field).toBe(field);
    expect(await imports()).toBe(before);
  });

  it('refuses a charset it does not read, a department posting another’s data set, and a caseworker', async () => {
    expect((await kit.post(PUBLIC_SECURITY, ps(0), 'text/csv; charset=big5', `${HEADER}\n`).expect(415)).body.code).toBe('IMPORT.UNSUPPORTED_CHARSET');
    expect((await kit.post(HOUSING, ps(0), 'text/csv', `${HEADER}\n`).expect(403)).body.code).toBe('IMPORT.NOT_YOUR_DATA_SET');
    await kit.post(CASEWORKER, ps(0), 'text/csv', `${HEADER}\n`).expect(403);
    const res = await kit.post(PUBLIC_SECURITY, 'dataSet=HOUSEHOLD_REGISTRATION&asOf=2024-13-01&records=x', 'text/csv', `${HEADER}\n`).expect(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['asOf', 'records']);
  });
});

describe('a file sent as a job (Prefer: respond-async)', () => {
  const spooled = () => readdirSync(tmpdir()).filter((name) => name.startsWith('data-exchange-upload-')).length;
  const untilEnded = (location: string, token = PUBLIC_SECURITY) =>
    waitFor('import job', async () => {
      const read = await kit.http().get(location).set('Authorization', token).expect(200);
      return read.body.status === 'RUNNING' ? undefined : read.body;
    });

  it('answers 202 once the file is in, and the job ends with the import report where the import is read', async () => {
    const body = csv(death(elder, '李某', '2024-08-25'));
    const spoolsBefore = spooled();
    const accepted = await kit.post(PUBLIC_SECURITY, ps(1, '2024-09-02'), 'text/csv', body).set('Prefer', 'respond-async').expect(202);
    expect(accepted.headers.location).toBe(`/api/v1/jobs/${accepted.body.id}`);
    const job = await untilEnded(accepted.headers.location);
    expect(job).toMatchObject({ kind: 'import', status: 'SUCCEEDED', resultStatus: 200, result: { duplicate: false, records: 1, matched: 1 } });
    expect(job.progress).toEqual({ unit: 'bytes', done: Buffer.byteLength(body), total: Buffer.byteLength(body) });
    expect(job.resultLocation).toBe(`/api/v1/imports/${job.result.id}`);
    await kit.http().get(job.resultLocation).set('Authorization', CASEWORKER).expect(200);
    // The job is its sender's: a caseworker does not see it.
    expect((await kit.http().get(accepted.headers.location).set('Authorization', CASEWORKER).expect(404)).body.code).toBe('JOB.NOT_FOUND');
    expect(spooled()).toBe(spoolsBefore);
  });

  it('ends a file refused as a whole as a FAILED job with the same problem, nothing stored', async () => {
    const before = await imports();
    const wrongHeader = `recordType,residentId,name,eventDate,reference\n${death(dibaoWidow, '王秀英', '2024-08-10')}\n`;
    const accepted = await kit.post(PUBLIC_SECURITY, ps(1), 'text/csv', wrongHeader).set('Prefer', 'respond-async').expect(202);
    const job = await untilEnded(accepted.headers.location);
    expect(job).toMatchObject({ status: 'FAILED', result: null, problem: { status: 422, code: 'IMPORT.HEADER_MISMATCH', errors: [{ field: 'ethnicity' }] } });
    expect(await imports()).toBe(before);
  });

  it('refuses at once what needs no line read (an as-of date to come): no job', async () => {
    const res = await kit.post(PUBLIC_SECURITY, ps(1, '2030-01-01'), 'text/csv', csv(death(elder, '李某', '2024-08-25'))).set('Prefer', 'respond-async').expect(422);
    expect(res.body.code).toBe('IMPORT.AS_OF_IN_FUTURE');
    expect(await kit.count(`SELECT count(*) AS n FROM long_job WHERE status = 'RUNNING'`)).toBe(0);
  });
});

describe('findings for caseworkers and early-warning triggers', () => {
  it('raises a second property of a 低保 household, not of an elder with only the high-age allowance, and never twice', async () => {
    const header = 'residentId,name,certificateNo,address,areaSqm,registeredOn,valueFen';
    const property = (id: string, cert: string) => `${id},某某,${cert},朝阳区某路1号,86.5,2019-05-06,120000000`;
    const query = 'dataSet=REAL_ESTATE&asOf=2024-08-31&records=2';
    const res = await kit.post(HOUSING, query, 'application/x-ndjson', '').expect(422);
    expect(res.body.code).toBe('IMPORT.RECORD_COUNT_MISMATCH');
    const first = await kit.post(HOUSING, query, 'text/csv', `${header}\n${property(dibaoMan, '京(2019)0001')}\n${property(elder, '京(2019)0002')}\n`).expect(200);
    expect(first.body).toMatchObject({ matched: 1, alreadyKnown: 0 });
    await waitFor('finding', async () => tap.received('data-exchange.findings.raised.v1').length === 1);
    expect(tap.received('data-exchange.findings.raised.v1')[0].data.findings).toEqual([
      expect.objectContaining({ residentId: dibaoMan, kind: 'REAL_ESTATE', observedOn: '2019-05-06', amountFen: 120_000_000, summary: '房产 朝阳区某路1号（86.5㎡）', reference: '京(2019)0001' }),
    ]);
    const again = await kit
      .post(HOUSING, 'dataSet=REAL_ESTATE&asOf=2024-09-01&records=1', 'application/x-ndjson', `${JSON.stringify({ residentId: dibaoMan, name: '孙某', certificateNo: '京(2019)0001', address: '朝阳区某路1号', areaSqm: '86.5', registeredOn: '2019-05-06', valueFen: 120000000 })}\n`)
      .expect(200);
    expect(again.body).toMatchObject({ matched: 0, alreadyKnown: 1 });
  });

  it('sends a monitored household’s medical expense on for an early warning', async () => {
    const header = 'residentId,name,settlementNo,hospital,settledOn,selfPaidFen';
    const res = await kit.post(HEALTH, 'dataSet=MEDICAL_EXPENSES&asOf=2024-08-31&records=2', 'text/csv', `${header}\n${monitoredMother},周某,JS-1,市第一医院,2024-08-03,4500000\n${stranger},陈某,JS-2,市第一医院,2024-08-04,100\n`).expect(200);
    expect(res.body).toMatchObject({ accepted: 2, matched: 1 });
    await waitFor('medical finding', async () => tap.received('data-exchange.findings.raised.v1').some((e) => (e.data.findings as Array<{ kind: string }>)[0].kind === 'MEDICAL_EXPENSE'));
  });

  it('lists the imports and pages a file’s refused lines for the bureau', async () => {
    const list = await kit.http().get('/api/v1/imports?pageSize=2').set('Authorization', CASEWORKER).expect(200);
    expect(list.body.pageSize).toBe(2);
    expect(list.body.total).toBeGreaterThanOrEqual(4);
    const first = list.body.items.at(-1);
    await kit.http().get(`/api/v1/imports/${first.id}`).set('Authorization', CASEWORKER).expect(200);
    const all = await kit.http().get(`/api/v1/imports?pageSize=100`).set('Authorization', CASEWORKER).expect(200);
    const withRefusals = all.body.items.find((i: { refused: number }) => i.refused === 2);
    const refusals = await kit.http().get(`/api/v1/imports/${withRefusals.id}/refusals?pageSize=1&page=2`).set('Authorization', CASEWORKER).expect(200);
    expect(refusals.body).toMatchObject({ total: 2, items: [{ line: 7, field: 'placeOfDeath' }] });
    const matches = await kit.http().get(`/api/v1/imports/${withRefusals.id}/matches`).set('Authorization', CASEWORKER).expect(200);
    expect(matches.body.items).toEqual([
      expect.objectContaining({ line: 2, kind: 'DEATH', residentId: maskResidentId(dibaoWidow), name: '王*英', eventDate: '2024-08-10', summary: '家中' }),
      expect.objectContaining({ line: 4, kind: 'MOVE_OUT', name: '刘*汉', summary: '广东省深圳市' }),
      expect.objectContaining({ line: 8, kind: 'DEATH', name: '小*' }),
    ]);
  });
});

describe('a file of many blocks', () => {
  it('is checked on the checking threads with the same verdicts and line numbers as line by line', async () => {
    const late = rid('19450303', 91);
    await kit.enrolled(late);
    const lines = Array.from({ length: 30_000 }, () => death(stranger, '陈某', '2024-08-11'));
    lines[14_999] = ''; // line 15,001: blank, not a record
    lines[19_999] = 'DEATH,110105195003120021,钱某,2024-08-13,注销-1,HAN,家中,CREMATION,'; // line 20,001
    lines[24_999] = death(late, '钱秀兰', '2024-08-18'); // line 25,001
    const body = encode(csv(...lines), 'gbk');
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const { tally } = kit.running.app.get(LineCheckPool);
    const onThreads = tally.onCheckingThreads;

    const res = await kit.post(PUBLIC_SECURITY, ps(29_999), 'text/csv; charset=GBK', body).expect(200);
    expect(res.body).toMatchObject({ records: 29_999, accepted: 29_998, refused: 1, matched: 1 });
    expect(res.body.refusals).toEqual([{ line: 20_001, field: 'residentId', code: 'INVALID_RESIDENT_ID', message: 'not a valid resident ID (CHECKSUM)' }]);
    const matches = await kit.http().get(`/api/v1/imports/${res.body.id}/matches`).set('Authorization', CASEWORKER).expect(200);
    expect(matches.body.items).toEqual([expect.objectContaining({ line: 25_001, kind: 'DEATH', name: '钱*兰', eventDate: '2024-08-18' })]);
    expect(tally.onCheckingThreads).toBeGreaterThan(onThreads);
  });

  it('refuses a file with a line not valid GBK in a later block, leaving nothing behind', async () => {
    const lines = Array.from({ length: 30_000 }, () => death(stranger, '陈某', '2024-08-11'));
    const before = await imports();
    const body = Buffer.concat([encode(csv(...lines), 'gbk'), Buffer.from([0xff, 0xff, 0x0a])]);
    const res = await kit.post(PUBLIC_SECURITY, ps(30_001), 'text/csv; charset=GBK', body).expect(422);
    expect(res.body).toMatchObject({ code: 'IMPORT.ENCODING', errors: [expect.objectContaining({ field: 'charset' })] });
    expect(await imports()).toBe(before);
  });
});
