// `npm run demo:death`: the death cascade, live. Starts the five services as separate processes
// on a vhost and databases of its own (removed at the end), loads the reference data, registers
// an 82-year-old on 低保 (with a spouse), with the high-age allowance and service subsidy, a
// canteen diner and the father of a child in the child-welfare ledger — then reports the death
// and prints every event the platform publishes, as an integrating department bound to `#` sees it.
// The services run as of fixed dates: the household is approved in June 2024, the death is
// reported in September 2024.
import globalSetup from '../test/support/global-setup';
import globalTeardown from '../test/support/global-teardown';
import { residentId } from '../test/support/resident-ids';
import { Integrator, Platform, token } from '../test/system/support/platform';
import { loadReferenceData } from './load-reference-data';

const JUNE = { CLOCK_FIXED_DATE: '2024-06-10' };
const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
const STAFF = token(['admin', 'operator', 'official', 'canteen-operator'], 'demo-clerk');
const CHECKER = token(['admin', 'operator'], 'demo-checker');
const VILLAGE = '110105001001';
const CHILD_DIRECTOR = token(['child-director'], 'demo-child-director', VILLAGE);

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function main(): Promise<void> {
  await globalSetup();
  const platform = new Platform();
  const integrator = new Integrator();
  try {
    say('starting the five services…');
    await platform.start(['civil-registration', 'canteen', 'elderly-care', 'child-welfare'], SEPTEMBER);
    await platform.start(['social-assistance'], JUNE);
    await loadReferenceData(platform.urls());
    await integrator.start();
    // The demo shows a death, not the 低保 public notice (公示): its own policy gives the notice 0
    // days from June 2024, so the case goes through the notice and is approved the same June day.
    const NOTICE = 'social-assistance.dibao.public-notice-period';
    await platform.http('social-assistance').post('/api/v1/policy-parameters/end-open-period').set('Authorization', STAFF).send({ key: NOTICE, lastDay: '2024-05-31' }).expect(200);
    await platform.http('social-assistance').post('/api/v1/policy-parameters').set('Authorization', STAFF).send({ key: NOTICE, value: { days: 0, dayKind: 'CALENDAR' }, effectiveFrom: '2024-06-01' }).expect(201);

    const father = residentId('110105', '19420315', 1);
    const spouse = residentId('110105', '19450101', 2);
    const child = residentId('110105', '20150601', 3);
    say(`setting up the resident ${father.slice(0, 3)}***********${father.slice(-4)} (born 1942-03-15)…`);
    const sa = platform.http('social-assistance');
    const member = (id: string) => ({ residentId: id, name: '王某', relation: 'OTHER', incomes: [{ source: 'PENSION', monthlyFen: 20_000 }], categories: [] });
    const household = await sa.post('/api/v1/households').set('Authorization', STAFF).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member(father), member(spouse)] }).expect(201);
    const application = await sa.post('/api/v1/dibao/applications').set('Authorization', STAFF).send({ householdId: household.body.id }).expect(201);
    await sa.post(`/api/v1/dibao/applications/${application.body.id}/public-notice`).set('Authorization', STAFF).send({ investigation: '入户调查属实' }).expect(200);
    await sa.post(`/api/v1/dibao/applications/${application.body.id}/approve`).set('Authorization', CHECKER).expect(200);
    const ec = platform.http('elderly-care');
    await ec.post('/api/v1/elders/import').set('Authorization', STAFF).set('Content-Type', 'application/x-ndjson').send(`${JSON.stringify({ residentId: father, name: '王秀英', region: '110105', local: true })}\n`).expect(200);
    await ec.post('/api/v1/allowances/high-age/run').set('Authorization', STAFF).send({ month: '2024-07' });
    await platform.http('child-welfare').post('/api/v1/children').set('Authorization', CHILD_DIRECTOR)
      .send({ residentId: child, name: '王小明', villageCode: VILLAGE, carerName: '王某', carerRelation: 'GRANDMOTHER', riskTier: 'GREEN', guardians: [{ residentId: father, name: '王秀英', relation: 'FATHER' }] })
      .expect(201);
    const canteen = await platform.http('canteen').post('/api/v1/canteens').set('Authorization', STAFF)
      .send({ name: '八里庄街道幸福食堂', operator: '康养餐饮', address: '朝阳区八里庄北里12号', region: '110105', slots: ['LUNCH'] })
      .expect(201);
    await platform.http('canteen').post('/api/v1/diners').set('Authorization', STAFF).send({ residentId: father, cardNumber: 'DEMO-1', name: '王秀英', canteenId: canteen.body.id, localRegistration: true }).expect(201);
    for (const date of ['2024-08-01', '2024-08-03']) {
      await platform.http('canteen').post('/api/v1/meals').set('Authorization', STAFF).send({ canteenId: canteen.body.id, cardNumber: 'DEMO-1', slot: 'LUNCH', servedAt: `${date}T11:45:00+08:00` }).expect(201);
    }
    await platform.restart('social-assistance', SEPTEMBER);
    for (const month of ['2024-07', '2024-08', '2024-09']) await sa.post('/api/v1/payrolls').set('Authorization', STAFF).send({ month });
    await new Promise((r) => setTimeout(r, 1_000));

    const already = integrator.events.length;
    say('\nreporting the death (2024-08-02) to civil-registration…');
    const t0 = Date.now();
    await platform.http('civil-registration').post('/api/v1/deaths').set('Authorization', STAFF)
      .send({ residentId: father, name: '王秀英', ethnicity: 'HAN', dateOfDeath: '2024-08-02', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' })
      .expect(201);
    let printed = already;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      for (; printed < integrator.events.length; printed += 1) {
        const e = integrator.events[printed];
        const detail = ['reason', 'basis', 'amountFen', 'months', 'to', 'cause'].filter((k) => k in e.data).map((k) => `${k}=${JSON.stringify(e.data[k])}`).join(' ');
        say(`  +${String(Date.now() - t0).padStart(4)} ms  ${e.type}  ${detail}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    say(`\n${integrator.events.length - already} events in 5 s after the report.`);
  } finally {
    await integrator.stop();
    await platform.stop();
    await globalTeardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
