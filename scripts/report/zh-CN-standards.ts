// The words of the standards tables (标准, 执行期间): the standards the services answer by code, their
// units, and how a period in force is written. Nothing here computes.
import { HIGH_AGE_TIER_LABELS } from './zh-CN-codes';

/** The services' codes of the standards in force during the year (GET /api/v1/reports/annual, `standards`). */
export const STANDARD_LABELS: Record<string, string> = {
  DIBAO_URBAN: '城市低保标准',
  DIBAO_RURAL: '农村低保标准',
  TEKUN_DISPERSED: '特困人员基本生活标准（分散供养）',
  TEKUN_CENTRAL: '特困人员基本生活标准（集中供养）',
  HIGH_AGE_ALLOWANCE: '高龄津贴',
  SERVICE_SUBSIDY: '养老服务补贴',
  CHILD_ALLOWANCE_DISPERSED: '孤儿、事实无人抚养儿童基本生活费（分散养育）',
  CHILD_ALLOWANCE_CENTRAL: '孤儿、事实无人抚养儿童基本生活费（集中养育）',
};

/** The tiers of a standard set per tier, by standard. */
export const STANDARD_TIER_LABELS: Record<string, Record<string, string>> = { HIGH_AGE_ALLOWANCE: HIGH_AGE_TIER_LABELS };

export const STANDARD_UNIT_LABELS: Record<string, string> = { FEN_PER_MONTH: '元/人·月', FEN_PER_YEAR: '元/人·年' };

/** 2024-07-01 -> 2024年7月1日 */
const day = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const STANDARD_TEXT = {
  headers: ['项目', '执行期间', '标准（元）', '单位'],
  assistanceCaption: '城乡低保和特困人员基本生活标准（本年度执行）',
  allowanceCaption: '高龄津贴和养老服务补贴标准（本年度执行）',
  childCaption: '孤儿和事实无人抚养儿童基本生活费标准（本年度执行）',
  period: (from: string, to: string | null) => (to === null ? `${day(from)}起` : `${day(from)}至${day(to)}`),
  notSet: '未设定',
  change: (label: string, amounts: string, unit: string, from: string) => `${label}${amounts}${unit}（${day(from)}起）`,
  changes: (lines: string[]) => `年内调整：${lines.join('；')}。`,
  unchanged: '年内未调整。',
  source: '标准为按生效期间执行的政策参数，全市统一。',
} as const;
