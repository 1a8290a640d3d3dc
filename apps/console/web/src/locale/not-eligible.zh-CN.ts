// Why social-assistance finds a household or a person not eligible, in zh-CN: the `reason` of the
// problems DIBAO.NOT_ELIGIBLE (a 低保 approval) and TEKUN.NOT_ELIGIBLE (a 特困 application), and
// the `ineligibility` of a 低保 assessment. Keyed by the service's codes as its OpenAPI declares
// them, so a new reason fails the typecheck until it has a message here; the unit test
// test/not-eligible.zh-CN.spec.ts checks the same against the assessment rules themselves. Pure data.
import type { components } from '../api/generated/social-assistance';

export type DibaoIneligibility = components['schemas']['DibaoIneligibility'];
export type TekunIneligibility = components['schemas']['TekunIneligibility'];

export const DIBAO_INELIGIBILITY_MESSAGES: Readonly<Record<DibaoIneligibility, string>> = {
  NO_MEMBERS: '没有计入本户的在册成员',
  INCOME_NOT_BELOW_STANDARD: '人均月收入不低于低保标准',
  ASSETS_ABOVE_LIMIT: '人均金融资产超过限额',
  NOT_DISABLED_OR_ILL: '单人户申请人不是重度残疾或重病患者',
  HOUSEHOLD_NOT_BORDERLINE: '家庭不属于低保边缘家庭',
};

export const TEKUN_INELIGIBILITY_MESSAGES: Readonly<Record<TekunIneligibility, string>> = {
  NOT_IN_COVERED_GROUP: '不属于特困供养对象范围（老年人、未成年人或重度残疾人）',
  INCOME_NOT_BELOW_STANDARD: '本人月收入不低于当地低保标准',
  ASSETS_ABOVE_LIMIT: '人均金融资产超过限额',
  HAS_ABLE_SUPPORTER: '有具备赡养、抚养、扶养能力的法定义务人',
  COVERED_AS_ORPHAN: '已领取孤儿基本生活费，不重复纳入特困供养',
};

/** The messages of a problem code's reasons, for the codes that carry one. */
export const NOT_ELIGIBLE_REASONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'DIBAO.NOT_ELIGIBLE': DIBAO_INELIGIBILITY_MESSAGES,
  'TEKUN.NOT_ELIGIBLE': TEKUN_INELIGIBILITY_MESSAGES,
};

/** The reason of a NOT_ELIGIBLE problem in Chinese; undefined for other problems or a reason without a message. */
export function notEligibleReason(code: string, reason: unknown): string | undefined {
  const messages = NOT_ELIGIBLE_REASONS[code];
  return messages && typeof reason === 'string' ? messages[reason] : undefined;
}
