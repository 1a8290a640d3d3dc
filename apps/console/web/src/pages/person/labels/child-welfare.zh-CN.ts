// Codes of child-welfare (the ledger, the allowance, guardians) as caseworkers read them.
import type { components } from '../../../api/generated/child-welfare';

type S = components['schemas'];

export const CHILD_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  ORPHAN: '孤儿',
  DE_FACTO_UNSUPPORTED: '事实无人抚养儿童',
  SPECIAL_DIFFICULTY: '特殊困难儿童',
  IN_DIFFICULTY: '困境儿童',
  RURAL_LEFT_BEHIND: '农村留守儿童',
};

export const RISK_TIER_LABELS: Readonly<Record<S['ChildFile']['riskTier'], string>> = {
  RED: '高风险（红）',
  ORANGE: '中风险（橙）',
  GREEN: '低风险（绿）',
};

export const CHILD_STATUS_LABELS: Readonly<Record<S['ChildFile']['status'], string>> = {
  ACTIVE: '在册',
  CLOSED: '已结案',
};

export const CHILD_CARE_FORM_LABELS: Readonly<Record<S['ChildFile']['careForm'], string>> = {
  DISPERSED: '分散养育',
  CENTRAL: '集中养育',
};

export const GUARDIAN_RELATION_LABELS: Readonly<Record<S['GuardianLink']['relation'], string>> = {
  FATHER: '父亲',
  MOTHER: '母亲',
  GUARDIAN: '监护人',
};

/** Why the child allowance is not paid (child-welfare's allowance rule). */
export const ALLOWANCE_NOT_DUE_LABELS: Readonly<Record<string, string>> = {
  NOT_IN_CATEGORY: '不属于孤儿或事实无人抚养儿童',
  NOT_YET_DUE: '尚未到发放月份',
  DECEASED: '已死亡',
  ADOPTED: '已被收养',
  ADULT: '已满 18 周岁',
};

/** A parent's or guardian's recorded situation, by field; dates or true mean it is the case. */
export const GUARDIAN_SITUATION_LABELS: Readonly<Record<string, string>> = {
  deceasedOn: '死亡或宣告死亡',
  missingSince: '失联',
  jailedSince: '服刑或羁押',
  severelyDisabled: '重度残疾',
  seriouslyIll: '重病',
  awayForWork: '外出务工',
  guardianshipRevoked: '被撤销监护资格',
};

/** Why a child's file was closed; the service closes it on the child's death. */
export const CHILD_CLOSED_REASON_LABELS: Readonly<Record<string, string>> = {
  DECEASED: '死亡',
};
