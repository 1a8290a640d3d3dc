// What the 养老服务 scenarios need before their steps, set up through elderly-care's own API with
// service tokens (the harness's JWT_SECRET), as canteen-setup.ts does: one catalogue item, a home
// care provider and an institution of three beds in Chaoyang, two registered elders (84 and 89 on the services' day) and the
// high-age allowance granted for the month, so that the elder's page has something to show.
import { residentId } from '../../support/resident-ids';
import { token, type Platform } from '../../system/support/platform';

const ADMIN = token(['admin'], 'e2e-elders-admin', '110105');
const CLERK = token(['operator'], 'e2e-elders-clerk', '110105');

export const ITEM_LABEL = '助餐 送餐上门（¥20.00，补贴 ¥15.00）';
export const PROVIDER_NAME = '康乐居家养老服务中心（测试）';
export const INSTITUTION_NAME = '朝阳区第一养老院（测试）';

export interface EldersSetup {
  wang: { residentId: string; id: string };
  li: { residentId: string };
  institutionId: string;
}

export async function setUpElders(platform: Platform, month: string): Promise<EldersSetup> {
  const api = platform.http('elderly-care');
  await api
    .post('/api/v1/home-care/catalogue')
    .set('Authorization', ADMIN)
    .send({ items: [{ code: 'HC-MEAL', itemName: '助餐 送餐上门', category: 'MEAL', basic: true, unit: '餐', priceFen: 2000, subsidyFen: 1500, effectiveFrom: '2024-01-01' }] })
    .expect(201);
  const institution = await api.post('/api/v1/institutions').set('Authorization', CLERK).send({ code: 'YLY-E2E-1', institutionName: INSTITUTION_NAME, divisionCode: '110105002', bedCount: 3 }).expect(201);
  await api.post('/api/v1/home-care/providers').set('Authorization', CLERK).send({ code: 'HC-E2E-1', providerName: PROVIDER_NAME, divisionCode: '110105' }).expect(201);
  const wang = residentId('110105', '19400101', 91);
  const li = residentId('110105', '19350505', 92);
  const lines = [
    { residentId: wang, name: '王秀英', region: '110105001001', local: true },
    { residentId: li, name: '李桂兰', region: '110105002001', local: true },
  ];
  const imported = await api.post('/api/v1/elders/import').set('Authorization', CLERK).set('Content-Type', 'application/x-ndjson').send(lines.map((l) => JSON.stringify(l)).join('\n')).expect(200);
  if (imported.body.accepted !== 2) throw new Error(`setup import: ${JSON.stringify(imported.body)}`);
  await api.post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month }).expect(200);
  const listed = await api.get('/api/v1/elders').query({ name: '王秀英' }).set('Authorization', CLERK).expect(200);
  return { wang: { residentId: wang, id: listed.body.items[0].id as string }, li: { residentId: li }, institutionId: institution.body.id as string };
}
