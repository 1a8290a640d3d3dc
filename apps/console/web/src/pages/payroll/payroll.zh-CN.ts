// Labels of 发放名册 (the monthly payroll of a programme, run by one person, approved by another),
// in zh-CN. Pure data.

export const PAYROLL_STATUS_LABELS: Readonly<Record<string, string>> = {
  NOT_RUN: '未生成',
  RUN: '已生成，待审批',
  APPROVED: '已审批，已交一卡通代发',
};

export const LINE_TYPE_LABELS: Readonly<Record<string, string>> = {
  REGULAR: '正常发放',
  ARREARS: '补发（标准调整）',
  REISSUE: '重发（银行退回）',
};

export const tpr = {
  menu: '发放名册',
  title: '发放名册',
  programme: '项目',
  programmes: { elderlyCare: '高龄津贴、养老服务补贴', socialAssistance: '低保、特困供养', childWelfare: '儿童生活补贴' },
  month: '月份',
  monthRequired: '请选择月份',
  open: '查看',
  run: '生成名册',
  runAgain: '重新生成（只补充新增明细）',
  runDone: (created: number) => `名册已生成，新增 ${created} 笔明细`,
  /** While the run goes on: lines written of those due, or so far when not yet known. */
  runProgress: (done: number, total: number | null) => (total === null ? `正在生成名册，已写入 ${done} 笔明细` : `正在生成名册，已写入 ${done} / ${total} 笔明细`),
  approve: '审批通过',
  approveConfirm: '审批后名册明细将交一卡通代发，不能撤回。生成名册的人员不能审批。确认审批？',
  approved: '名册已审批，明细已交一卡通代发',
  summary: '名册汇总',
  status: '状态',
  runBy: '生成人',
  approvedBy: '审批人',
  approvedOn: '审批日期',
  lines: '明细笔数',
  total: '合计金额',
  arrears: '其中补发',
  reissues: '其中重发',
  paid: '银行已入账',
  failed: '银行退回失败',
  byKind: '按类别',
  tally: (lines: number, amount: string) => `${lines} 笔 / ${amount}`,
  notRun: '该月名册尚未生成',
  detail: '名册明细',
  count: (n: number) => `共 ${n} 条`,
  columns: {
    residentId: '身份证号',
    region: '户籍所在区划',
    kind: '类别',
    month: '所属月份',
    amount: '金额',
    lineType: '类型',
    payment: '代发结果',
    reason: '失败原因',
    outcomeOn: '银行处理日期',
    notYet: '待银行回盘',
  },
} as const;
