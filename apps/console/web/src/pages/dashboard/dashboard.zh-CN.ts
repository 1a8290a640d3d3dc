// Labels of 数据看板, in zh-CN. The services' codes (programmes, measures, figures) are named here. Pure data.

export const td = {
  menu: '数据看板',
  title: '数据看板',
  scope: (division: string, from: string, to: string) => `区划 ${division}，${from} 至 ${to}`,
  asOf: (day: string) => `截至 ${day}`,
  filters: {
    division: '区划',
    divisionPlaceholder: '本区划或下级区划代码',
    divisionInvalid: '请输入 6、9 或 12 位区划代码',
    from: '起始月份',
    to: '截止月份',
    monthInvalid: '请选择月份',
    rangeInvalid: '截止月份不能早于起始月份，且跨度不超过 36 个月',
    apply: '查询',
  },
  cards: {
    dibao: '低保在保户数',
    tekun: '特困供养人数',
    highAge: '高龄津贴人数',
    children: '在册儿童',
    diners: '助餐就餐人数',
    childAllowance: '孤儿等基本生活费人数',
    started: '期内新增',
    stopped: '期内停保',
    paid: '期内发放金额',
    atMonthEnd: (month: string) => `${month} 末`,
    overRange: '低保、特困，起止月份合计',
  },
  charts: {
    caseload: '各项目在保人（户）数（按月）',
    movement: '低保、特困新增与停保（按月）',
    paid: '各项目发放金额（按月）',
    tiers: '困境儿童风险等级',
    work: '待办与逾期',
    drillHint: '点击图中柱条可查看对应名单',
    person: '人',
    yuanAxis: '万元',
  },
  work: {
    AWAITING_INVESTIGATION: '低保待入户调查',
    AWAITING_APPROVAL: '待审批（低保、特困）',
    REVIEWS_DUE: '低保复核到期',
    SCHOOL_RECHECKS_DUE: '特困在学复核到期',
    OVERDUE_VISITS: '儿童走访逾期',
    SETTLEMENTS_OPEN: '助餐结算待审批',
    open: '查看名单',
  },
  unavailable: (service: string) => `${service}数据暂不可用`,
} as const;

/** The programmes of the services' series. */
export const PROGRAMME_LABELS: Readonly<Record<string, string>> = {
  DIBAO: '低保',
  TEKUN: '特困',
  HIGH_AGE: '高龄津贴',
  SERVICE_SUBSIDY: '养老服务补贴',
  CHILD_LEDGER: '在册儿童',
  CHILD_ALLOWANCE: '儿童基本生活费',
  CANTEEN: '助餐',
};

export const MEASURE_LABELS: Readonly<Record<string, string>> = {
  CASELOAD: '在保',
  STARTED: '新增',
  STOPPED: '停保',
  PAID: '发放金额',
};

export const SERVICE_LABELS = {
  'social-assistance': '社会救助',
  'elderly-care': '养老服务',
  'child-welfare': '儿童福利',
  canteen: '助餐',
} as const;
