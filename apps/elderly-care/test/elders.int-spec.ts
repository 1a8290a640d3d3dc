import { nthResidentId, residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { maskName } from '@app/common/privacy/mask';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { AUDITOR, ElderlyCareTestKit, OPERATOR, bearer } from './elderly-care-test-kit';

describe('elder registry import (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_elders');

  beforeAll(async () => {
    await kit.start();
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('imports JSON lines: good lines stored, each bad line refused with its reason', async () => {
    const good = residentId('110105', '19440715', 1);
    const lines = [
      JSON.stringify({ residentId: good, name: '张秀英', region: '110105', local: true }),
      '{broken',
      JSON.stringify({ residentId: '110105194407150012', name: '错号', region: '110105', local: true }),
      JSON.stringify({ residentId: residentId('110105', '19800101', 2), name: '年轻', region: '110105', local: true }),
      JSON.stringify({ residentId: good, name: '重复', region: '110105', local: true }),
      JSON.stringify({ residentId: residentId('110105', '19500101', 3), name: '外地', region: '110105', local: false }),
    ].join('\n');
    const res = await kit.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'application/x-ndjson').send(lines).expect(200);
    expect(res.body.accepted).toBe(2);
    expect(res.body.refused).toBe(4);
    expect(res.body.lines).toEqual([
      { line: 1, status: 'ACCEPTED' },
      { line: 2, status: 'REFUSED', reason: 'MALFORMED' },
      { line: 3, status: 'REFUSED', reason: 'BAD_ID' },
      { line: 4, status: 'REFUSED', reason: 'UNDER_60' },
      { line: 5, status: 'REFUSED', reason: 'DUPLICATE' },
      { line: 6, status: 'ACCEPTED' },
    ]);
    const { rows } = await kit.db.query('SELECT name, local, birth_date::text AS birth FROM elder WHERE resident_id = $1', [good]);
    expect(rows).toEqual([{ name: '张秀英', local: true, birth: '1944-07-15' }]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'elders.imported'`)).toBe(1);
  });

  it('imports CSV and reports people imported before as duplicates', async () => {
    const csv = ['residentId,name,region,local', `${residentId('110105', '19440715', 1)},张秀英,110105,true`, `${residentId('110105', '19300101', 4)},"李,桂兰",110105,是`].join('\n');
    // Sent as a job (Prefer: respond-async): 202 at once, the report at the job's end.
    const accepted = await kit.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'text/csv').set('Prefer', 'respond-async').send(csv).expect(202);
    const job = await waitFor('elders import job', async () => {
      const read = await kit.http().get(accepted.headers.location).set('Authorization', OPERATOR).expect(200);
      return read.body.status === 'RUNNING' ? undefined : read.body;
    });
    expect(job).toMatchObject({ kind: 'elders.import', status: 'SUCCEEDED', progress: { unit: 'lines', done: 2, total: 2 } });
    const res = { body: job.result };
    expect(res.body.lines).toEqual([
      { line: 2, status: 'REFUSED', reason: 'DUPLICATE' },
      { line: 3, status: 'ACCEPTED' },
    ]);
    expect(await kit.count(`SELECT count(*) AS n FROM elder WHERE name = '李,桂兰'`)).toBe(1);
  });

  it('imports a large list in chunks', async () => {
    const ids = Array.from({ length: 12_000 }, (_, i) => nthResidentId(400_000 + i));
    const body = ids.map((id) => JSON.stringify({ residentId: id, name: '王', region: '110105', local: true })).join('\n');
    const res = await kit.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'application/x-ndjson').send(body).expect(200);
    const expected = ids.filter((id) => Number(id.slice(6, 10)) <= 1964).length;
    expect(res.body.accepted).toBe(expected);
    expect(await kit.count(`SELECT count(*) AS n FROM elder WHERE name = '王'`)).toBe(expected);
  });

  it('refuses the lines of another division, keeping the rest', async () => {
    const inside = residentId('110105', '19400101', 5);
    const outside = residentId('110106', '19400101', 6);
    const body = [
      JSON.stringify({ residentId: inside, name: '周', region: '110105001', local: true }),
      JSON.stringify({ residentId: outside, name: '吴', region: '110106', local: true }),
    ].join('\n');
    const res = await kit.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'application/x-ndjson').send(body).expect(200);
    expect(res.body.lines).toEqual([
      { line: 1, status: 'ACCEPTED' },
      { line: 2, status: 'REFUSED', reason: 'OUTSIDE_DIVISION' },
    ]);
    expect(await kit.count('SELECT count(*) AS n FROM elder WHERE resident_id = $1', [outside])).toBe(0);
  });

  it('shows an elder masked, and in full to an unmask caller who says why', async () => {
    const id = residentId('110105', '19440715', 1);
    const masked = await kit.http().post('/api/v1/elders/search').set('Authorization', AUDITOR).send({ residentId: id }).expect(200);
    expect(masked.body).toMatchObject({ residentId: maskResidentId(id), name: maskName('张秀英'), region: '110105', birthDate: '1944-07-15' });
    const full = await kit.http().post('/api/v1/elders/search').set('Authorization', bearer(['auditor', 'unmask'], 'auditor-2')).set('X-Unmask-Reason', 'case 42').send({ residentId: id }).expect(200);
    expect(full.body).toMatchObject({ residentId: id, name: '张秀英' });
    const bad = await kit.http().post('/api/v1/elders/search').set('Authorization', AUDITOR).send({ residentId: id.slice(0, 17) }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'residentId' }] });
    expect((await kit.http().post('/api/v1/elders/search').set('Authorization', AUDITOR).send({ residentId: residentId('110105', '19440715', 99) }).expect(404)).body.code).toBe('ELDER.NOT_FOUND');
  });

  it('refuses an unsupported format, a wrong role and a missing token, storing nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM elder');
    const body = JSON.stringify({ residentId: residentId('110105', '19400101', 9), name: '赵', region: '110105', local: true });
    const unsupported = await kit.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'application/xml').send(body).expect(415);
    expect(unsupported.body.code).toBe('ELDER_IMPORT.UNSUPPORTED_FORMAT');
    await kit.http().post('/api/v1/elders/import').set('Authorization', bearer(['canteen-operator'])).set('Content-Type', 'application/x-ndjson').send(body).expect(403);
    await kit.http().post('/api/v1/elders/import').set('Content-Type', 'application/x-ndjson').send(body).expect(401);
    expect(await kit.count('SELECT count(*) AS n FROM elder')).toBe(before);
  });
});
