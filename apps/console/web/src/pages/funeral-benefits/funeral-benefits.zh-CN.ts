// Labels of 惠民殡葬 (丧葬补助: granted at a death, paid to the next of kin through 一卡通 once a
// second official approves), in zh-CN. Pure data.

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  GRANTED: '已核定，待登记领取人',
  CLAIMED: '已登记领取人，待审批',
  APPROVED: '已审批，交一卡通代发',
};

export const STATUS_COLOURS: Readonly<Record<string, string>> = { GRANTED: 'default', CLAIMED: 'orange', APPROVED: 'green' };

export const BASIS_LABELS: Readonly<Record<string, string>> = {
  BASIC: '基本丧葬补助',
  DIBAO_TEKUN: '低保、特困对象（含加发）',
};

export const RELATION_LABELS: Readonly<Record<string, string>> = {
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  SIBLING: '兄弟姐妹',
  GRANDCHILD: '孙子女、外孙子女',
  OTHER_RELATIVE: '其他亲属',
  GUARDIAN: '监护人',
};

export const PAYMENT_KIND_LABELS: Readonly<Record<string, string>> = { BENEFIT: '补助发放', REISSUE: '重发（银行退回）' };

export const FUNERAL_LABELS = {
  menu: '惠民殡葬',
  title: '惠民殡葬补助',
  intro: '本辖区死亡登记核定的丧葬补助：登记领取人（逝者近亲属）后，由另一名审批人员审批，经一卡通发放到领取人的惠民惠农账户。',
  month: '核定月份',
  status: '状态',
  all: '全部',
  none: '暂无丧葬补助记录',
  total: (n: number) => `共 ${n} 条`,
  columns: {
    deceased: '逝者',
    residentId: '身份证号',
    dateOfDeath: '死亡日期',
    grantedOn: '核定日期',
    basis: '补助类别',
    amount: '金额',
    status: '状态',
    claimant: '领取人',
    payment: '代发结果',
  },
  notYet: '待银行回盘',
  notPaid: '未发放',
  detail: {
    title: (name: string) => `丧葬补助 — ${name}`,
    back: '返回补助列表',
    facts: '补助信息',
    divisionCode: '登记区划',
    claimant: '领取人',
    claimantResidentId: '领取人身份证号',
    relation: '与逝者关系',
    recordedBy: '登记人',
    approvedBy: '审批人',
    approvedOn: '审批日期',
    payments: '一卡通发放',
    noPayments: '尚未审批发放',
  },
  claim: {
    title: '登记领取人',
    change: '更正领取人',
    residentId: '领取人身份证号',
    name: '领取人姓名',
    relation: '与逝者关系',
    submit: '保存领取人',
    done: '领取人已登记，待另一名人员审批',
  },
  approve: {
    button: '审批发放',
    confirm: '审批后补助将交一卡通发放给领取人，不能撤回。登记领取人的人员不能审批。确认审批？',
    done: '已审批，补助已交一卡通代发',
  },
  paymentColumns: { kind: '类型', month: '发放月份', amount: '金额', outcome: '代发结果', reason: '失败原因', outcomeOn: '银行处理日期' },
} as const;
