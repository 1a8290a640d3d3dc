import { AUDITOR, bearer, CanteenTestKit, CLERK } from './canteen-test-kit';

describe('canteen funding and operating modes in the annual report (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_funding');
  let selfRun: string;
  let chain: string;

  beforeAll(async () => {
    await kit.start();
    const create = (name: string, operatingMode?: string) =>
      kit.http().post('/api/v1/canteens').set('Authorization', CLERK).send({ name, operator: `${name} 运营方`, address: '朝阳区示例路1号', region: '110105001', slots: ['LUNCH'], ...(operatingMode && { operatingMode }) });
    const a = await create('A食堂', 'SELF_RUN').expect(201);
    expect(a.body.operatingMode).toBe('SELF_RUN');
    selfRun = a.body.id;
    const b = await create('B食堂').expect(201);
    expect(b.body.operatingMode).toBe('ENTRUSTED');
    chain = b.body.id;
    const bad = await create('C食堂', 'FRANCHISE').expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'operatingMode' }] });
  });

  afterAll(async () => {
    await kit.stop();
  });

  const fund = (canteenId: string, body: object, token = CLERK) => kit.http().post(`/api/v1/canteens/${canteenId}/funding`).set('Authorization', token).send({ evidenceNote: '区民政局〔2024〕12号', fundedOn: '2024-03-01', ...body });

  it('records subsidies and social capital in fen and reports them per canteen and per operating mode', async () => {
    const changed = await kit.http().post(`/api/v1/canteens/${chain}/operating-mode`).set('Authorization', CLERK).send({ operatingMode: 'CHAIN' }).expect(200);
    expect(changed.body.operatingMode).toBe('CHAIN');
    await fund(selfRun, { kind: 'BUILD_SUBSIDY', amountFen: 20_000_000, source: '市级福彩公益金' }).expect(201);
    await fund(selfRun, { kind: 'BUILD_SUBSIDY', amountFen: 1_000_000, fundedOn: '2023-12-31' }).expect(201); // another year
    await fund(chain, { kind: 'BUILD_SUBSIDY', amountFen: 5_000_000 }).expect(201);
    const capital = await fund(chain, { kind: 'SOCIAL_CAPITAL', amountFen: 8_000_050, source: '示例康养餐饮管理有限公司', sourceCreditCode: '91350100M000100Y43' }).expect(201);
    expect(capital.body).toMatchObject({ kind: 'SOCIAL_CAPITAL', kindLabel: '社会资本', amountFen: 8_000_050, source: '示例康养餐饮管理有限公司', recordedBy: 'clerk-1' });
    await fund(chain, { kind: 'OPERATING_SUBSIDY', amountFen: 120_000 }).expect(201);

    const list = await kit.http().get(`/api/v1/canteens/${chain}/funding`).set('Authorization', AUDITOR).expect(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((f: { kind: string }) => f.kind)).toEqual(['BUILD_SUBSIDY', 'SOCIAL_CAPITAL', 'OPERATING_SUBSIDY']);
    const second = await kit.http().get(`/api/v1/canteens/${chain}/funding?page=2&pageSize=2`).set('Authorization', AUDITOR).expect(200);
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ kind: 'OPERATING_SUBSIDY' }] });
    const modes = await kit.http().get('/api/v1/canteens/operating-modes').set('Authorization', AUDITOR).expect(200);
    expect(modes.body).toContainEqual({ operatingMode: 'ENTRUSTED', label: '委托运营' });

    const { funding } = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', AUDITOR).expect(200)).body;
    expect(funding).toMatchObject({ buildSubsidyFen: 25_000_000, operatingSubsidyFen: 120_000, socialCapitalFen: 8_000_050 });
    expect(funding.byCanteen).toEqual([
      { canteenId: selfRun, canteenName: 'A食堂', operatingMode: 'SELF_RUN', operatingModeLabel: '自营', buildSubsidyFen: 20_000_000, operatingSubsidyFen: 0, socialCapitalFen: 0 },
      { canteenId: chain, canteenName: 'B食堂', operatingMode: 'CHAIN', operatingModeLabel: '连锁经营', buildSubsidyFen: 5_000_000, operatingSubsidyFen: 120_000, socialCapitalFen: 8_000_050 },
    ]);
    expect(funding.byOperatingMode.map((m: { operatingMode: string; canteens: number; socialCapitalFen: number }) => [m.operatingMode, m.canteens, m.socialCapitalFen])).toEqual([
      ['SELF_RUN', 1, 0],
      ['ENTRUSTED', 0, 0],
      ['CHAIN', 1, 8_000_050],
      ['MUTUAL_AID', 0, 0],
    ]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action IN ('canteen.funding-recorded', 'canteen.operating-mode-changed')`)).toBe(6);
  });

  it('refuses a negative amount, a bad credit code, social capital without a source and a canteen outside the division, storing nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM canteen_funding');
    const negative = await fund(chain, { kind: 'BUILD_SUBSIDY', amountFen: -500 }).expect(400);
    expect(negative.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'amountFen' }] });
    const yuan = await fund(chain, { kind: 'BUILD_SUBSIDY', amountFen: 12.5 }).expect(400);
    expect(yuan.body.errors.map((e: { field: string }) => e.field)).toEqual(['amountFen']);
    const code = await fund(chain, { kind: 'SOCIAL_CAPITAL', amountFen: 100, source: '某公司', sourceCreditCode: '91350100M000100Y44' }).expect(422);
    expect(code.body).toMatchObject({ code: 'FUNDING.CREDIT_CODE_INVALID', errors: [{ field: 'sourceCreditCode' }] });
    const anonymous = await fund(chain, { kind: 'SOCIAL_CAPITAL', amountFen: 100 }).expect(422);
    expect(anonymous.body).toMatchObject({ code: 'FUNDING.SOURCE_REQUIRED', errors: [{ field: 'source' }] });
    const future = await fund(chain, { kind: 'BUILD_SUBSIDY', amountFen: 100, fundedOn: '2999-01-01' }).expect(422);
    expect(future.body).toMatchObject({ code: 'FUNDING.DATE_INVALID', errors: [{ field: 'fundedOn' }] });
    const otherTownship = bearer(['operator'], 'clerk-9', '110105002');
    const outside = await fund(chain, { kind: 'BUILD_SUBSIDY', amountFen: 100 }, otherTownship).expect(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'canteenId' }] });
    await kit.http().post(`/api/v1/canteens/${chain}/operating-mode`).set('Authorization', otherTownship).send({ operatingMode: 'SELF_RUN' }).expect(403);
    expect(await kit.count('SELECT count(*) AS n FROM canteen_funding')).toBe(before);
    expect(await kit.count(`SELECT count(*) AS n FROM canteen WHERE operating_mode = 'CHAIN'`)).toBe(1);
  });
});
