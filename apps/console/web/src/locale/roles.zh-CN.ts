// Role names (libs/common/src/auth/roles.ts and the services' trade roles, docs/security.md) as
// caseworkers read them. The one place a role gets a Chinese label.

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  operator: '经办人',
  reviewer: '乡镇审核人',
  approver: '县级审批人',
  auditor: '审计人员',
  admin: '系统管理员',
  'canteen-operator': '食堂收银员',
  assessor: '能力评估员',
  'child-director': '儿童主任',
  'child-supervisor': '儿童督导员',
  finance: '财务人员',
  unmask: '查看完整个人信息',
};

/** What each role may do, shown beside the role when an administrator assigns it. */
export const ROLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  operator: '受理申请，登记业务和案件',
  reviewer: '审核经办人的工作',
  approver: '审批案件、发放名册和结算',
  auditor: '查阅所辖区划的全部记录，不能修改',
  admin: '管理用户、政策参数和参考数据',
  'canteen-operator': '幸福食堂登记就餐',
  assessor: '老年人能力评估',
  'child-director': '村（社区）儿童福利工作',
  'child-supervisor': '乡镇（街道）儿童福利督导',
  finance: '一卡通代发：组批、发放（两人分别操作）、下载银行文件、导入回盘',
  unmask: '经说明理由后查看未脱敏的身份证号等个人信息（留痕）',
};

/** The Chinese label of a role; a role the console does not know yet shows as it is named. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}
