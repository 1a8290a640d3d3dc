import { MENU, menuFor, selectedMenuPath } from '../src/app/menu';
import { PATHS } from '../src/app/paths';
import { roleLabel, ROLE_LABELS } from '../src/locale/roles.zh-CN';

describe('the side menu follows the roles', () => {
  it('shows 用户管理 to administrators only', () => {
    expect(menuFor(['operator']).map((e) => e.label)).not.toContain('用户管理');
    expect(menuFor(['admin']).map((e) => e.label)).toContain('用户管理');
    expect(menuFor(['operator', 'admin']).filter((e) => e.path === PATHS.users)).toHaveLength(1);
  });

  it('shows social assistance to those the service lets record or decide', () => {
    // Recorders (operator, reviewer, approver, admin) register and apply; deciders (approver, admin) approve.
    const canteen = ['助餐点', '助餐对象', '助餐结算'];
    const elders = ['老人名册', '老人导入', '居家服务工单', '居家服务结算', '养老机构'];
    expect(menuFor(['operator']).map((e) => e.label)).toEqual(['工作台', '一人一档', '我的账户', '家庭登记', '低保申请', '特困申请', '死亡登记', '死亡记录', '结婚登记', '离婚日历', '惠民殡葬', '地名管理', '儿童台账', '走访逾期', ...canteen, ...elders, '收款账户', '账户批量导入', '政策参数']);
    expect(menuFor(['reviewer']).map((e) => e.label)).toEqual(['工作台', '一人一档', '我的账户', '家庭登记', '低保申请', '特困申请', '死亡登记', '死亡记录', '结婚登记', '离婚日历', '惠民殡葬', '地名管理', '儿童台账', '走访逾期', ...canteen, ...elders, '收款账户', '账户批量导入', '政策参数']);
    expect(menuFor(['approver']).map((e) => e.label)).toEqual(['工作台', '一人一档', '我的账户', '家庭登记', '低保申请', '低保审批', '特困申请', '特困审批', '死亡登记', '死亡记录', '结婚登记', '离婚日历', '惠民殡葬', '地名管理', '儿童台账', '走访逾期', ...canteen, ...elders, '发放名册', '收款账户', '账户批量导入', '政策参数', '数据看板']);
    // The auditor writes nothing; a trade role of another service sees none of it.
    expect(menuFor(['auditor']).map((e) => e.label)).not.toContain('家庭登记');
    expect(menuFor(['canteen-operator']).map((e) => e.label)).toEqual(['一人一档', '我的账户', '助餐点', '助餐对象']);
  });

  it('shows 助餐点 and 助餐对象 to the canteen’s readers and cashier, 助餐结算 to the platform’s readers only', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    expect(labels(['auditor'])).toEqual(expect.arrayContaining(['助餐点', '助餐对象', '助餐结算']));
    expect(labels(['canteen-operator'])).not.toContain('助餐结算');
    expect(labels(['child-director'])).not.toContain('助餐点');
    expect(labels(['finance'])).not.toContain('助餐结算');
    expect(selectedMenuPath('/canteens/0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', MENU)).toBe(PATHS.canteens);
    expect(selectedMenuPath('/canteen-settlements/0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', MENU)).toBe(PATHS.canteenSettlements);
  });

  it('shows 工作台 to the platform roles and 一人一档 to everyone who reads a person view', () => {
    expect(menuFor(['operator']).map((e) => e.label).slice(0, 3)).toEqual(['工作台', '一人一档', '我的账户']);
    expect(menuFor(['child-director']).map((e) => e.label)).toEqual(['一人一档', '我的账户', '儿童台账']);
    expect(menuFor(['canteen-operator']).map((e) => e.label).slice(0, 2)).toEqual(['一人一档', '我的账户']);
    expect(menuFor(['unmask']).map((e) => e.label)).toEqual(['我的账户']);
    expect(selectedMenuPath(PATHS.personFile, MENU)).toBe(PATHS.person);
  });

  it('shows 死亡登记 to those who may record deaths and 死亡记录 also to auditors', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'admin']) expect(labels([role])).toEqual(expect.arrayContaining(['死亡登记', '死亡记录']));
    expect(labels(['auditor'])).toContain('死亡记录');
    expect(labels(['auditor'])).not.toContain('死亡登记');
    expect(labels(['child-director'])).not.toContain('死亡记录');
  });

  it('shows 政策参数 to the staff roles the services let read figures, not to trade roles', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'auditor', 'admin']) expect(labels([role])).toContain('政策参数');
    expect(labels(['canteen-operator'])).not.toContain('政策参数');
    expect(labels(['child-director'])).not.toContain('政策参数');
  });

  it('shows 发放名册 to those who run, approve or audit payrolls and 一卡通代发 to finance, auditors and admins', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['approver', 'admin', 'auditor']) expect(labels([role])).toContain('发放名册');
    for (const role of ['finance', 'auditor', 'admin']) expect(labels([role])).toContain('一卡通代发');
    expect(labels(['finance'])).toEqual(['我的账户', '一卡通代发', '收款账户', '账户批量导入']);
    expect(labels(['operator'])).not.toContain('发放名册');
    expect(labels(['approver'])).not.toContain('一卡通代发');
    expect(selectedMenuPath('/payments/batches/3d0f8a52-5a1b-4c8e-9d57-1d2f7f3d9a01', MENU)).toBe(PATHS.payments);
  });

  it('shows 儿童台账 to child directors, supervisors and platform readers, 走访逾期 to supervisors and platform readers', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    expect(labels(['child-supervisor'])).toEqual(['一人一档', '我的账户', '儿童台账', '走访逾期']);
    expect(labels(['auditor'])).toEqual(expect.arrayContaining(['儿童台账', '走访逾期']));
    expect(labels(['child-director'])).not.toContain('走访逾期');
    expect(labels(['canteen-operator'])).not.toContain('儿童台账');
    expect(selectedMenuPath('/children/0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', MENU)).toBe(PATHS.children);
    expect(selectedMenuPath(PATHS.overdueVisits, MENU)).toBe(PATHS.overdueVisits);
  });

  it('shows 数据看板 to those who decide and to auditors, not to operators or trade roles', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['approver', 'admin', 'auditor']) expect(labels([role])).toContain('数据看板');
    for (const role of ['operator', 'reviewer', 'child-director', 'child-supervisor', 'canteen-operator', 'finance']) expect(labels([role])).not.toContain('数据看板');
    expect(selectedMenuPath(PATHS.dashboard, MENU)).toBe(PATHS.dashboard);
  });

  it('shows 老人名册, 居家服务工单, 居家服务结算 and 养老机构 to the platform’s readers, 老人导入 to recorders only', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'admin']) expect(labels([role])).toEqual(expect.arrayContaining(['老人名册', '老人导入', '居家服务工单', '居家服务结算']));
    expect(labels(['auditor'])).toEqual(expect.arrayContaining(['老人名册', '居家服务工单', '居家服务结算', '养老机构']));
    expect(labels(['auditor'])).not.toContain('老人导入');
    for (const role of ['child-director', 'canteen-operator', 'finance']) expect(labels([role])).not.toContain('老人名册');
    expect(selectedMenuPath('/elders/0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', MENU)).toBe(PATHS.elders);
    expect(selectedMenuPath(PATHS.elderImport, MENU)).toBe(PATHS.elderImport);
    expect(selectedMenuPath(PATHS.homeCareSettlements, MENU)).toBe(PATHS.homeCareSettlements);
    expect(selectedMenuPath('/institutions/0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', MENU)).toBe(PATHS.institutions);
  });

  it('shows 结婚登记 to those who may register and 离婚日历 also to auditors', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'admin']) expect(labels([role])).toEqual(expect.arrayContaining(['结婚登记', '离婚日历']));
    expect(labels(['auditor'])).toContain('离婚日历');
    expect(labels(['auditor'])).not.toContain('结婚登记');
    expect(labels(['child-director'])).not.toContain('离婚日历');
  });

  it('shows 地名管理 to civil-registration’s readers, not to child directors', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'auditor', 'admin']) expect(labels([role])).toContain('地名管理');
    expect(labels(['child-director'])).not.toContain('地名管理');
  });

  it('shows 惠民殡葬 to civil-registration’s readers, auditors included, not to trade roles', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'auditor', 'admin']) expect(labels([role])).toContain('惠民殡葬');
    expect(labels(['child-director'])).not.toContain('惠民殡葬');
    expect(labels(['finance'])).not.toContain('惠民殡葬');
    expect(selectedMenuPath('/funeral-benefits/5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11', MENU)).toBe(PATHS.funeralBenefits);
  });

  it('shows 收款账户 to payments’ readers and finance, 账户批量导入 to those who may propose accounts', () => {
    const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);
    for (const role of ['operator', 'reviewer', 'approver', 'auditor', 'admin', 'finance']) expect(labels([role])).toContain('收款账户');
    for (const role of ['operator', 'reviewer', 'approver', 'admin', 'finance']) expect(labels([role])).toContain('账户批量导入');
    expect(labels(['auditor'])).not.toContain('账户批量导入');
    expect(labels(['canteen-operator'])).not.toContain('收款账户');
    expect(labels(['unmask'])).not.toContain('收款账户');
    expect(selectedMenuPath(PATHS.payeeAccountImports, MENU)).toBe(PATHS.payeeAccountImports);
    expect(selectedMenuPath(PATHS.payeeAccounts, MENU)).toBe(PATHS.payeeAccounts);
  });

  it('highlights the entry whose path the location is in', () => {
    expect(selectedMenuPath(PATHS.changePassword, MENU)).toBe(PATHS.account);
    expect(selectedMenuPath(PATHS.users, MENU)).toBe(PATHS.users);
    expect(selectedMenuPath(PATHS.deathRecords, MENU)).toBe(PATHS.deathRecords);
    expect(selectedMenuPath(PATHS.deaths, MENU)).toBe(PATHS.deaths);
    expect(selectedMenuPath('/usersx', MENU)).toBeUndefined();
    expect(selectedMenuPath(PATHS.dibaoApprovals, MENU)).toBe(PATHS.dibaoApprovals);
  });
});

describe('role labels', () => {
  it('label the platform roles and the trade roles in Chinese', () => {
    for (const role of ['operator', 'reviewer', 'approver', 'auditor', 'admin', 'canteen-operator', 'assessor', 'child-director', 'child-supervisor', 'finance', 'unmask']) {
      expect(ROLE_LABELS[role]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(roleLabel('approver')).toBe('县级审批人');
  });

  it('show a role the console does not know by its name', () => {
    expect(roleLabel('payments-clerk')).toBe('payments-clerk');
  });
});
