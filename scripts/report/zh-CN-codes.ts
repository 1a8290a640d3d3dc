// The Chinese names of the codes the services answer with (programmes, categories, tiers, levels,
// models, types), in the order the report lists them. A code not listed prints as the service's
// own label, else as the code. Nothing here computes.

/** The programme codes of payable lines (libs/contracts payableProgrammeSchema). */
export const PROGRAMME_LABELS: Record<string, string> = {
  DIBAO: '低保金',
  TEKUN: '特困人员救助供养金',
  HIGH_AGE_ALLOWANCE: '高龄津贴',
  SERVICE_SUBSIDY: '养老服务补贴',
  CHILD_ALLOWANCE: '孤儿和事实无人抚养儿童基本生活费',
  FUNERAL_BENEFIT: '惠民殡葬补贴',
  CANTEEN_SETTLEMENT: '幸福食堂助餐补贴结算',
  HOME_CARE_SETTLEMENT: '居家养老服务结算',
  SERVICE_PROVIDER_SETTLEMENT: '“物质+服务”服务机构结算',
};

export const CHILD_CATEGORY_LABELS: Record<string, string> = {
  ORPHAN: '孤儿',
  DE_FACTO_UNSUPPORTED: '事实无人抚养儿童',
  SPECIAL_DIFFICULTY: '特殊困难儿童',
  IN_DIFFICULTY: '困境儿童',
  RURAL_LEFT_BEHIND: '农村留守儿童',
};

export const RISK_TIER_LABELS: Record<string, string> = { RED: '红色（高风险）', ORANGE: '橙色（中风险）', GREEN: '绿色（低风险）' };

/** elderly-care high-age allowance tiers (policy elderly-care.high-age.tiers). */
export const HIGH_AGE_TIER_LABELS: Record<string, string> = { AGE_80_99: '80—99周岁', AGE_100_PLUS: '100周岁及以上' };

/** canteen meal subsidy tiers (policy canteen.meal-subsidy.tiers; ASSISTANCE and NONE from the rule). */
export const MEAL_TIER_LABELS: Record<string, string> = {
  AGE_60: '60—79周岁',
  AGE_80: '80—89周岁',
  AGE_90: '90周岁及以上',
  ASSISTANCE: '低保、特困老年人',
  NONE: '不享受补贴',
};

/** GB/T 42195-2022 levels. */
export const ASSESSMENT_LEVEL_LABELS: Record<string, string> = {
  '0': '能力完好（0级）',
  '1': '能力轻度受损（1级）',
  '2': '能力中度受损（2级）',
  '3': '能力重度受损（3级）',
  '4': '能力完全丧失（4级）',
};

export const ASSESSMENT_PURPOSE_LABELS: Record<string, string> = {
  HOME_BED: '家庭养老床位',
  HOME_SERVICE: '居家服务',
  INSTITUTION: '机构入住',
};

export const OPERATING_MODEL_LABELS: Record<string, string> = {
  PUBLIC: '公办',
  PUBLIC_BUILT_PRIVATE_RUN: '公建民营',
  PRIVATE: '民办',
};

export const CERTIFICATE_LEVEL_LABELS: Record<string, string> = {
  JUNIOR: '初级工（五级）',
  INTERMEDIATE: '中级工（四级）',
  SENIOR: '高级工（三级）',
  TECHNICIAN: '技师（二级）',
  SENIOR_TECHNICIAN: '高级技师（一级）',
};

export const FACILITY_TYPE_LABELS: Record<string, string> = {
  STREET_CENTRE: '街道综合养老服务中心',
  COMMUNITY_HOME_CARE_CENTRE: '社区居家养老服务中心（站）',
  RURAL_HAPPINESS_HOME: '农村幸福院',
  ACTIVITY_ROOM: '老年活动室',
};

export const CANTEEN_MODE_LABELS: Record<string, string> = {
  SELF_RUN: '自营',
  ENTRUSTED: '委托运营',
  CHAIN: '连锁经营',
  MUTUAL_AID: '邻里互助',
};

export const STUDY_GRANT_LABELS: Record<string, string> = {
  FUCAI_YUANMENG: '福彩圆梦助学（在校孤儿）',
  DE_FACTO_STUDY: '事实无人抚养儿童助学',
};

export const SCHOOL_STAGE_LABELS: Record<string, string> = {
  PRESCHOOL: '学前教育',
  COMPULSORY: '义务教育',
  SENIOR_HIGH: '普通高中',
  VOCATIONAL: '中等职业教育',
};

export const TERM_LABELS: Record<string, string> = { SPRING: '春季学期', AUTUMN: '秋季学期' };

/** A row's label: ours for a known code, else the service's label, else the code. */
export function codeLabel(labels: Record<string, string>, code: unknown, serviceLabel?: unknown): string {
  const known = labels[String(code)];
  if (known !== undefined) return known;
  if (typeof serviceLabel === 'string' && serviceLabel !== '') return serviceLabel;
  return code === undefined || code === null || code === '' ? '—' : String(code);
}
