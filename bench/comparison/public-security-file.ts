// The file both comparison benches post: public security's household-registration changes
// (deaths and moves out of the city mixed), every 100th line about someone the platform covers,
// every 200th line bad; and the register of the city's covered population it is matched against.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import type { Client } from 'pg';
import { CITY_PROFILE } from '../../scripts/population/profile';
import { nthResidentId } from '../../test/support/resident-ids';

export const HEADER = 'recordType,residentId,name,eventDate,reference,ethnicity,placeOfDeath,disposal,destination';

/** The city's covered people by programme (CITY_PROFILE; 低保 households of 2.3 persons [A], monitored households [A]). */
export const COVERED: Array<[string, number]> = [
  ['DIBAO', Math.round(CITY_PROFILE.dibaoHouseholds * 2.3)],
  ['TEKUN', CITY_PROFILE.tekunPersons],
  ['ELDERLY', CITY_PROFILE.aged80Plus],
  ['CHILD', CITY_PROFILE.children.ORPHAN + CITY_PROFILE.children.DE_FACTO_UNSUPPORTED],
  ['MONITORED', 5_000],
];
export const COVERED_TOTAL = COVERED.reduce((sum, [, n]) => sum + n, 0);
/** Resident numbers 0 … COVERED_TOTAL-1 are covered; the file's other lines are about people after them. */
const coveredId = (k: number) => nthResidentId(k);

export async function seedRegister(db: Client): Promise<void> {
  let from = 0;
  for (const [program, count] of COVERED) {
    const ids = Array.from({ length: count }, (_, k) => coveredId(from + k));
    await db.query(`INSERT INTO covered_person (enrollment_id, resident_id, program, from_month) SELECT gen_random_uuid(), id, $2, '2024-01' FROM unnest($1::text[]) AS t(id)`, [ids, program]);
    from += count;
  }
  await db.query('VACUUM ANALYZE covered_person');
}

/** Writes N lines: every 100th about a covered person (half of them deaths), every 200th bad (a wrong check character). */
export async function writeFile(path: string, N: number): Promise<{ matching: number; deaths: number; bad: number }> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let matching = 0;
  let deaths = 0;
  let bad = 0;
  let buffer: string[] = [];
  for (let i = 0; i < N; i++) {
    // Line 50 of one hundred, 51 of the next: covered people's deaths (even lines) and moves (odd).
    const covered = i % 100 === 50 + (Math.floor(i / 100) % 2);
    // Each covered person at most once, among those whose moves matter too (低保, 特困, the high-age allowance: 10,000 of 39,757 in a million lines).
    let id = covered ? coveredId(matching * 3) : nthResidentId(COVERED_TOTAL + i);
    if (i % 200 === 13) {
      id = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
      bad += 1;
    } else if (covered) {
      matching += 1;
      if (i % 2 === 0) deaths += 1;
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    buffer.push(
      i % 2 === 0
        ? `DEATH,${id},居民${i},2024-08-${day},注销-${i},HAN,家中,CREMATION,`
        : `MOVE_OUT,${id},居民${i},2024-08-${day},迁出-${i},,,,广东省深圳市南山区`,
    );
    if (buffer.length === 10_000) {
      if (!out.write(`${buffer.join('\n')}\n`)) await once(out, 'drain');
      buffer = [];
    }
  }
  out.write(buffer.length ? `${buffer.join('\n')}\n` : '');
  out.end();
  await once(out, 'finish');
  return { matching, deaths, bad };
}

/** POSTs the file as it streams from disk, as a department's exchange system does. */
export function postFile(path: string, records: number, port: number, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolvePost, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/v1/imports?dataSet=HOUSEHOLD_REGISTRATION&asOf=2024-08-31&records=${records}`, headers: { Authorization: token, 'Content-Type': 'text/csv' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolvePost({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

