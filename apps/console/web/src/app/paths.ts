// Routes of the console, in one place (the router, the menu, redirects and tests use these).

export const PATHS = {
  home: '/',
  login: '/login',
  // Where the OIDC provider sends the browser back (pages/session/oidc-flow.ts, OIDC_CALLBACK_PATH)
  loginOidc: '/login/oidc',
  account: '/account',
  changePassword: '/account/password',
  users: '/users',
  householdNew: '/households/new',
  household: '/households/:id',
  dibaoApply: '/dibao/apply',
  dibaoApprovals: '/dibao/approvals',
  dibaoCase: '/dibao/cases/:id',
  tekunApply: '/tekun/apply',
  tekunApprovals: '/tekun/approvals',
  tekunCase: '/tekun/cases/:id',
  // 一人一档: the search, and one person's page (the resident ID travels in the history state, not the URL)
  person: '/person',
  personFile: '/person/file',
  // 工作台: the work lists of the user's division
  worklists: '/worklists',
  deaths: '/deaths',
  deathRecords: '/deaths/records',
  // 儿童福利: the ledger (台账), one child, and a township's overdue visits
  children: '/children',
  child: '/children/:id',
  overdueVisits: '/children/overdue-visits',
  // 发放名册 and 一卡通代发 (?month=YYYY-MM)
  payroll: '/payroll',
  payments: '/payments',
  paymentBatch: '/payments/batches/:id',
  // 婚姻登记: a marriage registered after its conditions are checked; 离婚日历 (?month is the day's)
  marriageNew: '/marriages/new',
  divorceCalendar: '/divorces/calendar',
  // 地名管理 (?q=&regionCode=&kind=&page=)
  placeNames: '/place-names',
  // 政策参数: each service's standards with their effective periods
  policy: '/policy',
  // 助餐: the canteens of the division, one canteen, diners, monthly settlements
  canteens: '/canteens',
  canteen: '/canteens/:id',
  diners: '/diners',
  canteenSettlements: '/canteen-settlements',
  canteenSettlement: '/canteen-settlements/:id',
  // 惠民殡葬: the division's funeral benefits and one benefit
  funeralBenefits: '/funeral-benefits',
  funeralBenefit: '/funeral-benefits/:id',
  // 收款账户: a payee's accounts (found by a POST search), and bulk imports (?import=<id>)
  payeeAccounts: '/payee-accounts',
  payeeAccountImports: '/payee-accounts/import',
  // 数据看板 (?division=&from=&to=)
  dashboard: '/dashboard',
  // 养老服务: the elder registry, its import, one elder (by the registry's opaque id), home care orders and settlements
  elders: '/elders',
  elderImport: '/elders/import',
  elder: '/elders/:id',
  homeCareOrders: '/home-care/orders',
  homeCareSettlements: '/home-care/settlements',
  institutions: '/institutions',
  institution: '/institutions/:id',
} as const;

/** The path of one record, e.g. householdPath(id) -> '/households/<id>'. */
export const householdPath = (id: string): string => `/households/${encodeURIComponent(id)}`;
export const dibaoCasePath = (id: string): string => `/dibao/cases/${encodeURIComponent(id)}`;
export const tekunCasePath = (id: string): string => `/tekun/cases/${encodeURIComponent(id)}`;
export const childPath = (id: string): string => `/children/${encodeURIComponent(id)}`;
/** An application form for a household already registered. */
export const dibaoApplyPath = (householdId: string): string => `${PATHS.dibaoApply}?household=${encodeURIComponent(householdId)}`;
export const tekunApplyPath = (householdId: string): string => `${PATHS.tekunApply}?household=${encodeURIComponent(householdId)}`;
export const paymentBatchPath = (id: string): string => `/payments/batches/${encodeURIComponent(id)}`;
export const canteenPath = (id: string): string => `/canteens/${encodeURIComponent(id)}`;
export const canteenSettlementPath = (id: string): string => `/canteen-settlements/${encodeURIComponent(id)}`;
export const funeralBenefitPath = (id: string): string => `/funeral-benefits/${encodeURIComponent(id)}`;
export const elderPath = (id: string): string => `/elders/${encodeURIComponent(id)}`;
export const institutionPath = (id: string): string => `/institutions/${encodeURIComponent(id)}`;
