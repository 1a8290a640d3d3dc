// Labels of 收款账户 (a payee's 惠民惠农 account: changed with evidence, in force once a second
// person confirms, every version kept) and 账户批量导入, in zh-CN. Pure data.

export const ACCOUNT_STATUS_LABELS: Readonly<Record<string, string>> = {
  PROPOSED: '待确认',
  CONFIRMED: '现用',
  SUPERSEDED: '已被替换',
  REJECTED: '已驳回',
};

export const ACCOUNT_STATUS_COLOURS: Readonly<Record<string, string>> = { PROPOSED: 'orange', CONFIRMED: 'green', SUPERSEDED: 'default', REJECTED: 'red' };

export const PAYEE_KIND_LABELS: Readonly<Record<string, string>> = { PERSON: '个人', ORGANISATION: '单位' };

/** Why an import line was refused (apps/payments/src/account-imports/rules/account-import.rule.ts). */
export const IMPORT_REFUSAL_LABELS: Readonly<Record<string, string>> = {
  MALFORMED: '格式错误，无法读取',
  BAD_PAYEE_KIND: '收款人类型无效',
  BAD_ID: '身份证号无效',
  BAD_ORGANISATION: '单位编号无效',
  ORGANISATION_NAME_REQUIRED: '缺少单位名称',
  BAD_DIVISION: '行政区划代码无效',
  OUTSIDE_DIVISION: '不在您所辖的行政区划内',
  UNKNOWN_BANK: '银行代码未登记',
  BAD_ACCOUNT_NUMBER: '账号不符合该银行的规则',
  NAME_REQUIRED: '缺少户名',
  EVIDENCE_REQUIRED: '缺少变更依据',
  DUPLICATE: '与文件中前面的行重复',
  PROPOSAL_OPEN: '该收款人已有待确认的账户变更',
  UNCHANGED: '与现用账户相同',
};

export const ACCOUNT_LABELS = {
  menu: '收款账户',
  title: '收款账户',
  intro: '查询收款人的惠民惠农账户及变更记录。账户变更须附依据，由另一名人员确认后生效；账号、户名默认脱敏显示。',
  tabs: { search: '查询账户', proposals: '待确认变更' },
  search: {
    kind: '收款人类型',
    residentId: '身份证号',
    organisationId: '单位编号',
    submit: '查询',
  },
  total: (n: number) => `共 ${n} 条`,
  none: '本辖区没有该收款人的账户记录',
  noProposals: '没有待确认的账户变更',
  columns: {
    payee: '收款人',
    status: '状态',
    bank: '银行',
    accountNumber: '账号',
    holderName: '户名',
    division: '所属区划',
    evidence: '变更依据',
    proposedBy: '提出人',
    proposedAt: '提出时间',
    decidedBy: '确认/驳回人',
    unusable: '银行退回',
    actions: '操作',
  },
  unmask: {
    button: '查看完整账号',
    title: '查看完整账号',
    reasonHelp: '完整账号、户名和身份证号属于个人敏感信息，查看将连同原因记入审计日志。',
    full: '完整信息（已记入审计日志）',
  },
  confirm: {
    button: '确认生效',
    prompt: '确认后该账户立即生效，原账户被替换。提出变更的人不能自己确认。确认？',
    done: '账户变更已确认生效',
  },
  reject: {
    button: '驳回',
    title: '驳回账户变更',
    reason: '驳回原因',
    done: '账户变更已驳回',
  },
  propose: {
    title: '变更账户',
    division: '所属区划代码',
    bank: '开户银行',
    accountNumber: '账号',
    holderName: '户名',
    evidenceNote: '变更依据',
    evidenceReference: '依据文件编号',
    organisationName: '单位名称',
    submit: '提交变更',
    done: '账户变更已提交，待另一名人员确认',
  },
  imports: {
    menu: '账户批量导入',
    title: '收款账户批量导入',
    intro: 'CSV（首行为表头：payeeKind,residentId,organisationId,organisationName,divisionCode,bankCode,accountNumber,holderName,evidenceNote,evidenceReference）或 NDJSON（每行一个 JSON）。每行单独判定；接受的行成为待确认的变更，由另一名人员整批确认。',
    file: '导入文件',
    choose: '选择文件',
    submit: '导入',
    report: (accepted: number, refused: number) => `接受 ${accepted} 行，拒绝 ${refused} 行`,
    line: '行号',
    verdict: '结果',
    reason: '原因',
    accepted: '接受',
    refused: '拒绝',
    onlyRefused: '只看拒绝的行',
    batch: '导入批次',
    importedBy: '导入人',
    importedAt: '导入时间',
    awaiting: '待确认',
    confirmedBy: '确认人',
    confirmedAt: '确认时间',
    confirmed: '已确认',
    confirm: '确认本批导入',
    confirmPrompt: '确认后本批接受的账户全部生效。导入人不能自己确认。确认？',
    done: '本批导入已确认生效',
  },
} as const;
