// The words of the appendix (附录：与年度总结数据对照). Nothing here computes.

/** The DOMAIN.md sections the city's figures are cited from, as the appendix heads its tables. */
export const DOMAIN_SECTION_TITLES: Record<string, string> = {
  '§1': '§1 最低生活保障',
  '§2': '§2 特困人员救助供养',
  '§3': '§3 临时救助、流浪乞讨人员救助和“物质+服务”',
  '§4': '§4 养老服务',
  '§5': '§5 儿童福利',
  '§6': '§6 婚姻登记、殡葬和地名',
  '§7': '§7 老年助餐',
  '§8': '§8 资金发放（一卡通）',
};

export const APPENDIX_TEXT = {
  title: '附录：与年度总结数据对照',
  lead: (total: number, covered: number, share: string, equal: number, explained: number, unexplained: number, uncovered: number) =>
    `年度工作总结数据（DOMAIN.md 中标注 city 的数字，见 seeds/city-2024-figures.json）共${total}项，平台已产出${covered}项，覆盖率${share}；其中与总结一致${equal}项，差异已说明${explained}项，差异待核查${unexplained}项，未覆盖${uncovered}项。差异 = 平台数 − 总结数。`,
  notCityWide: (division: string) => `本报告范围为行政区划 ${division}，年度总结数据为全市数，差异主要来自统计范围不同。`,
  otherYear: (seedYear: number, year: number) => `年度总结数据为${seedYear}年数，本报告为${year}年。`,
  summaryCaption: '对照情况汇总（按 DOMAIN.md 章节）',
  summaryHeaders: ['章节', '数据项（项）', '平台已产出（项）', '一致（项）', '差异已说明（项）', '差异待核查（项）', '未覆盖（项）'],
  figureHeaders: ['数据项', '单位', '年度总结', '平台', '差异', '说明'],
  equal: '一致',
  uncovered: '未覆盖',
  unexplained: '差异待核查',
  atLeast: (value: string) => `年度总结写作“${value}余”，平台数不少于此数。`,
  about: '年度总结为约数，按分四舍五入后一致。',
  ratioUnit: '%',
} as const;
