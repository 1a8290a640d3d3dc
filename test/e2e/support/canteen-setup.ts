// What the 助餐 scenarios need before their steps, set up through the canteen service's own API
// with service tokens (the harness's JWT_SECRET), as death-setup.ts does for its person: a canteen
// of a Chaoyang township with a build subsidy, two local diners (80 and 74 years old in 2024) and
// their meals of August 2024 — on 5 August the younger one takes a second lunch, at full price.
import { residentId } from '../../support/resident-ids';
import { token, type Platform } from '../../system/support/platform';

const CLERK = token(['operator'], 'e2e-canteen-clerk', '110105');
const CASHIER = token(['canteen-operator'], 'e2e-canteen-cashier', '110105');

export interface CanteenSetup {
  canteenId: string;
  canteenName: string;
  elder: { residentId: string; name: string };
  younger: { residentId: string; name: string };
}

export const CANTEEN_NAME = '八里庄街道幸福食堂（测试）';
export const MEAL_DAY = '2024-08-05';

async function meal(platform: Platform, canteenId: string, cardNumber: string, servedAt: string): Promise<void> {
  await platform.http('canteen').post('/api/v1/meals').set('Authorization', CASHIER).send({ canteenId, cardNumber, slot: 'LUNCH', servedAt }).expect(201);
}

/** The day the canteen opened, shown on its page (开办日期). */
export const CANTEEN_OPENED_ON = '2023-05-18';

export async function setUpCanteen(platform: Platform, sequence: number): Promise<CanteenSetup> {
  const api = platform.http('canteen');
  const canteen = await api
    .post('/api/v1/canteens')
    .set('Authorization', CLERK)
    .send({ name: CANTEEN_NAME, operator: '北京康养餐饮管理有限公司', address: '朝阳区八里庄北里12号', region: '110105001', slots: ['LUNCH', 'DINNER'], operatingMode: 'ENTRUSTED', openedOn: CANTEEN_OPENED_ON })
    .expect(201);
  const canteenId = canteen.body.id as string;
  await api
    .post(`/api/v1/canteens/${canteenId}/funding`)
    .set('Authorization', CLERK)
    .send({ kind: 'BUILD_SUBSIDY', amountFen: 20_000_000, fundedOn: '2024-03-01', source: '区民政局', evidenceNote: '区民政局〔2024〕12号 拨款通知' })
    .expect(201);
  const elder = { residentId: residentId('110105', '19400303', sequence), name: '李桂兰' };
  const younger = { residentId: residentId('110105', '19500404', sequence), name: '赵德明' };
  for (const [diner, card] of [[elder, 'E2E-C-1'], [younger, 'E2E-C-2']] as const) {
    await api.post('/api/v1/diners').set('Authorization', CASHIER).send({ ...diner, cardNumber: card, canteenId, localRegistration: true }).expect(201);
  }
  await meal(platform, canteenId, 'E2E-C-1', `${MEAL_DAY}T11:40:00+08:00`); // 80–89: ¥3.00
  await meal(platform, canteenId, 'E2E-C-2', `${MEAL_DAY}T11:55:00+08:00`); // 60–79: ¥2.00
  await meal(platform, canteenId, 'E2E-C-2', `${MEAL_DAY}T12:20:00+08:00`); // second lunch: full price
  await meal(platform, canteenId, 'E2E-C-1', '2024-08-06T11:45:00+08:00'); // ¥3.00
  return { canteenId, canteenName: CANTEEN_NAME, elder, younger };
}
