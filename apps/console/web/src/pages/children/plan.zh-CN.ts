// Labels of 一人一策 (the per-child plan) on the child's page, in zh-CN. Pure data.

export const tpl = {
  title: '一人一策',
  none: '尚未制定帮扶方案',
  inForce: (version: number, on: string, by: string) => `第 ${version} 版，${on} 商定（${by} 录入）`,
  earlier: (n: number) => `另有 ${n} 个历史版本`,
  area: '方面',
  action: '帮扶措施',
  responsible: '责任人',
  dueOn: '完成期限',
  notes: '备注',
  form: {
    agree: '制定方案',
    revise: '修订方案',
    agreedOn: '商定日期',
    measures: '帮扶措施',
    add: '添加措施',
    remove: '删除',
    submit: '保存方案',
    saved: (version: number) => `已保存为第 ${version} 版。`,
  },
  areas: {
    GUARDIANSHIP: '监护照料',
    LIVING: '基本生活',
    EDUCATION: '教育',
    HEALTH: '医疗健康',
    SAFETY: '安全',
    PSYCHOLOGICAL: '心理关爱',
    OTHER: '其他',
  } as Readonly<Record<string, string>>,
} as const;
