// Labels of 一卡通 (disbursement batches, bank files and returns, held lines, reconciliation), in
// zh-CN, and the payments service's codes as finance officers read them. Pure data.
import type { components } from '../../api/generated/payments';

type S = components['schemas'];

export const PROGRAMME_LABELS: Readonly<Record<S['HeldLineItem']['programme'], string>> = {
  DIBAO: '低保',
  TEKUN: '特困供养',
  HIGH_AGE_ALLOWANCE: '高龄津贴',
  SERVICE_SUBSIDY: '养老服务补贴',
  CHILD_ALLOWANCE: '儿童生活补贴',
  FUNERAL_BENEFIT: '丧葬补助',
  CANTEEN_SETTLEMENT: '助餐结算',
  HOME_CARE_SETTLEMENT: '居家养老服务结算',
  SERVICE_PROVIDER_SETTLEMENT: '物质+服务结算',
};

/** The services whose programmes pay through 一卡通. */
export const OWNER_SERVICE_LABELS: Readonly<Record<string, string>> = {
  'social-assistance': '社会救助',
  'elderly-care': '养老服务',
  'child-welfare': '儿童福利',
  'civil-registration': '婚姻殡葬登记',
  canteen: '老年助餐',
};

export const BATCH_STATUS_LABELS: Readonly<Record<S['BatchResponse']['status'], string>> = {
  ASSEMBLED: '已组批，待发放',
  RELEASED: '已发放，待回盘',
  RETURNED: '已回盘',
  EMPTIED: '无可发放明细',
};

export const OUTCOME_LABELS: Readonly<Record<'PAID' | 'FAILED', string>> = { PAID: '已入账', FAILED: '失败' };

/** The bank's reasons as payments normalises them (docs/payments.md §2). */
export const FAILURE_REASON_LABELS: Readonly<Record<string, string>> = {
  ACCOUNT_CLOSED: '账户已销户',
  ACCOUNT_NOT_FOUND: '账户不存在',
  NAME_MISMATCH: '户名不符',
  ACCOUNT_FROZEN: '账户冻结',
  OTHER: '其他原因',
};

export const HOLD_REASON_LABELS: Readonly<Record<S['HeldLineItem']['reason'], string>> = {
  NO_ACCOUNT: '无收款账户',
  ACCOUNT_AWAITING_CONFIRMATION: '账户待复核确认',
  ACCOUNT_UNUSABLE: '账户不可用（银行退回）',
  ACCOUNT_MOVED_BANK: '账户已改至他行',
};

export const LINE_STATE_LABELS: Readonly<Record<S['DifferenceLineResponse']['state'], string>> = {
  FAILED: '失败',
  PENDING: '待银行回盘',
  HELD: '暂缓（无可用账户）',
  AWAITING: '待组批',
  REFUSED: '补发被拒',
};

export const REPORTED_PROBLEM_LABELS: Readonly<Record<S['ReportedLineDto']['problem'], string>> = {
  NOT_IN_OPEN_BATCH: '不是本平台待回盘的明细',
  ALREADY_RETURNED: '该明细已回盘',
  AMOUNT_MISMATCH: '金额与代发金额不符',
  DUPLICATE_IN_FILE: '文件中重复出现',
};

/** Fields of a refused return file (RETURN_FILE.INVALID: `lines.<n>.<field>`). */
export const RETURN_FIELD_LABELS: Readonly<Record<string, string>> = {
  reference: '代发流水号',
  status: '状态',
  amount: '金额',
  valueDate: '入账日期',
  recordType: '记录类型',
  'trailer.count': '尾部笔数',
  'trailer.total': '尾部金额',
  reasonCode: '原因代码',
  file: '文件',
};

/** What is wrong with a line of a refused return file (apps/payments/src/returns/rules/return-file.rule.ts). */
export const RETURN_FAULT_LABELS: Readonly<Record<string, string>> = {
  BAD_AMOUNT: '金额格式有误',
  BAD_COUNT: '笔数格式有误',
  BAD_DATE: '日期格式有误',
  BAD_STATUS: '状态不是该行约定的代码',
  MISSING_FIELD: '缺少该字段',
  NO_HEADER: '缺少文件头（入账日期）',
  NO_TRAILER: '缺少文件尾',
  MISPLACED_HEADER: '文件头不在第一行',
  LINE_AFTER_TRAILER: '文件尾之后还有内容',
  UNKNOWN_RECORD_TYPE: '无法识别的记录类型',
  TRAILER_COUNT_MISMATCH: '尾部笔数与明细笔数不符',
  TRAILER_TOTAL_MISMATCH: '尾部金额与明细合计不符',
  encoding: '文件编码与该行约定不符',
};

export const tpay = {
  menu: '一卡通代发',
  title: '一卡通代发',
  month: '月份',
  query: '查询',
  total: (n: number) => `共 ${n} 条`,
  empty: '暂无记录',
  tabs: { batches: '代发批次', held: '暂缓明细', reconciliation: '对账', returns: '导入回盘' },
  assemble: '组批',
  assembleConfirm: (month: string) => `将 ${month} 已审批的发放明细按银行组成代发批次？无可用账户的明细将暂缓。`,
  assembled: (batches: number, held: number) => `已组成 ${batches} 个批次，暂缓 ${held} 笔`,
  byBank: '按银行汇总',
  columns: {
    batchNo: '批次号',
    bank: '银行',
    month: '月份',
    lines: '笔数',
    amount: '金额',
    status: '状态',
    paid: '已入账',
    failed: '失败',
    assembledBy: '组批人',
    releasedBy: '发放人',
    actions: '操作',
    open: '查看',
    reference: '代发流水号',
    programme: '项目',
    period: '所属月份',
    payee: '收款人',
    residentId: '身份证号',
    account: '账号',
    holder: '户名',
    outcome: '银行结果',
    reason: '原因',
    bankMessage: '银行说明',
    heldSince: '暂缓时间',
    state: '状态',
    service: '业务系统',
  },
  batch: {
    title: (batchNo: string) => `代发批次 ${batchNo}`,
    back: '返回批次列表',
    assembledAt: '组批时间',
    releasedAt: '发放时间',
    fileName: '银行文件',
    sha256: '文件摘要（SHA-256）',
    byProgramme: '按项目汇总',
    lines: '代发明细',
    release: '发放',
    releaseConfirm: '确认发放该批次？将按当前账户生成银行文件，组批人不能发放自己组的批次。',
    released: '批次已发放，可下载银行文件',
    download: '下载银行文件',
  },
  returns: {
    bank: '银行',
    file: '回盘文件',
    choose: '选择文件',
    submit: '导入回盘',
    applied: '回盘已导入',
    duplicate: '该回盘文件此前已导入，本次未作任何更改',
    valueDate: '入账日期',
    lines: '明细笔数',
    paid: '入账',
    failed: '失败',
    reported: '未处理的明细',
    line: '行号',
    field: '字段',
    problem: '问题',
    refusedLines: '回盘文件中有误的行（整个文件未处理）',
  },
  reconciliation: {
    title: (month: string) => `${month} 对账`,
    balanced: '已平衡：审批 = 入账 + 失败 + 待回盘 + 暂缓 + 待组批 + 补发被拒',
    unbalanced: '未平衡，请核查差异',
    programme: '项目',
    all: '合计',
    approved: '已审批',
    paid: '入账',
    failed: '失败',
    pending: '待回盘',
    held: '暂缓',
    awaiting: '待组批',
    refused: '补发被拒',
    difference: '差额',
    differences: (shown: number, total: number) => `未入账的明细（显示 ${shown} 笔，共 ${total} 笔）`,
    failedOnly: '只看失败',
  },
  tally: (lines: number, amount: string) => `${lines} 笔 / ${amount}`,
} as const;
