// Labels of 地名管理 (place names: 命名 and 乡村地名采集), in zh-CN. Pure data.

export const PLACE_NAME_LABELS = {
  menu: '地名管理',
  title: '地名管理',
  intro: '按名称、行政区划（含下级）和类型查询已登记的地名；登记人员可在本辖区内登记新地名。',
  search: { q: '名称', qPlaceholder: '名称中的文字', region: '行政区划', regionPlaceholder: '6、9 或 12 位代码', kind: '类型', all: '全部', submit: '查询', reset: '重置', regionInvalid: '请输入 6、9 或 12 位行政区划代码' },
  columns: { name: '名称', kind: '类型', category: '类别', region: '行政区划', origin: '来历含义', recordedOn: '登记日期' },
  empty: '没有符合条件的地名',
  total: (n: number) => `共 ${n} 条`,
  form: {
    title: '登记地名',
    kind: '类型',
    name: '名称',
    category: '类别',
    region: '行政区划代码',
    regionHelp: '县级 6 位、乡镇（街道）9 位或村（社区）12 位；乡村地名采集须到乡镇或村',
    origin: '来历含义',
    submit: '登记',
    saved: (name: string) => `地名“${name}”已登记。`,
  },
} as const;

export const PLACE_NAME_KIND_LABELS: Readonly<Record<string, string>> = { NAMING: '地名命名', RURAL_COLLECTION: '乡村地名采集' };

export const PLACE_NAME_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  ROAD: '道路',
  STREET: '街巷',
  RESIDENTIAL_AREA: '居民区',
  VILLAGE: '村庄',
  NATURAL_VILLAGE: '自然村',
  BRIDGE: '桥梁',
  PARK: '公园',
  MOUNTAIN: '山体',
  WATER: '水体',
  BUILDING: '建筑物',
  OTHER: '其他',
};
