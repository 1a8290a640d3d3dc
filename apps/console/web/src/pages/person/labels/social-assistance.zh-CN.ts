// Codes of social-assistance (低保, 特困, temporary and vagrant relief) as caseworkers read them.
// Typed by the generated client, so a value the service adds fails the typecheck until labelled.
import type { components } from '../../../api/generated/social-assistance';

type S = components['schemas'];

export const PROGRAM_LABELS: Readonly<Record<S['CaseWorkItem']['program'], string>> = {
  DIBAO: '低保',
  TEKUN: '特困',
};

export const CASE_STATUS_LABELS: Readonly<Record<S['CaseWorkItem']['status'], string>> = {
  APPLIED: '已申请',
  IN_PUBLIC_NOTICE: '公示中',
  APPROVED: '已批准',
  REJECTED: '不予批准',
  ACTIVE: '保障中',
  SUSPENDED: '已暂停',
  STOPPED: '已停止',
};

export const CASE_STAGE_LABELS: Readonly<Record<NonNullable<S['CaseWorkItem']['stage']>, string>> = {
  AWAITING_INVESTIGATION: '待入户调查',
  IN_PUBLIC_NOTICE: '公示中',
  AWAITING_APPROVAL: '待审批',
};

/** DOMAIN §1 stop reasons, the child allowance's precedence and the end of 特困 minor coverage. */
export const STOP_REASON_LABELS: Readonly<Record<string, string>> = {
  DECEASED: '死亡',
  INCOME_ABOVE_STANDARD: '收入超过低保标准',
  ASSETS_ABOVE_LIMIT: '财产超过限额',
  MOVED_AWAY: '迁出',
  REFUSED_REVIEW: '拒不配合复核',
  FRAUD: '骗取救助',
  IMPRISONED: '服刑',
  VOLUNTARY: '本人申请退出',
  TRANSFERRED_TO_TEKUN: '转为特困供养',
  CHILD_ALLOWANCE: '改领孤儿（事实无人抚养儿童）基本生活费',
  COVERAGE_AGE_REACHED: '超过保障年龄',
};

export const AREA_LABELS: Readonly<Record<S['PersonMembership']['area'], string>> = {
  URBAN: '城市',
  RURAL: '农村',
};

export const RELATION_LABELS: Readonly<Record<S['PersonMembership']['relation'], string>> = {
  APPLICANT: '申请人',
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  GRANDPARENT: '（外）祖父母',
  GRANDCHILD: '（外）孙子女',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
};

export const LEFT_REASON_LABELS: Readonly<Record<NonNullable<S['PersonMembership']['leftReason']>, string>> = {
  MOVED_OUT: '迁出',
  MARRIED_OUT: '婚嫁迁出',
  OTHER: '其他',
};

/** 分类施保 categories (ELDERLY and MINOR are derived month by month). */
export const MEMBER_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  ELDERLY: '老年人',
  MINOR: '未成年人',
  SEVERELY_DISABLED: '重度残疾',
  SERIOUSLY_ILL: '重病患者',
  SINGLE_PARENT: '单亲家庭',
};

export const INCOME_SOURCE_LABELS: Readonly<Record<S['IncomeLineResponse']['source'], string>> = {
  WAGES: '工资性收入',
  BUSINESS: '经营净收入',
  PROPERTY: '财产净收入',
  PENSION: '养老金',
  TRANSFER: '转移净收入',
  OTHER: '其他收入',
};

export const CARE_FORM_LABELS: Readonly<Record<NonNullable<S['CaseWorkItem']['careForm']>, string>> = {
  CENTRAL: '集中供养',
  DISPERSED: '分散供养',
};

export const CARE_LEVEL_LABELS: Readonly<Record<NonNullable<S['CaseWorkItem']['careLevel']>, string>> = {
  FULL_SELF_CARE: '具备生活自理能力',
  PARTIAL_CARE: '部分丧失生活自理能力',
  FULL_CARE: '完全丧失生活自理能力',
};

export const OVERPAYMENT_STATUS_LABELS: Readonly<Record<S['OverpaymentResponse']['status'], string>> = {
  OPEN: '待追回',
  WRITE_OFF_PROPOSED: '核销待审批',
  RECOVERED: '已从账户追回',
  HEIRS_PAID: '继承人已退还',
  WRITTEN_OFF: '已核销',
};

export const RELIEF_TYPE_LABELS: Readonly<Record<S['ReliefResponse']['reliefType'], string>> = {
  EMERGENCY: '急难型',
  EXPENDITURE: '支出型',
};

export const VAGRANT_STATUS_LABELS: Readonly<Record<S['VagrantCaseResponse']['status'], string>> = {
  IN_CARE: '在站救助',
  CLOSED: '已离站',
};

export const VAGRANT_OUTCOME_LABELS: Readonly<Record<NonNullable<S['VagrantCaseResponse']['outcome']>, string>> = {
  RETURNED_HOME: '返回家庭',
  HANDED_OVER: '移交未成年人救助保护中心',
  LEFT: '自行离站',
};
