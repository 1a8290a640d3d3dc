// Labels of 一人一档 (search and the person page), in zh-CN. Codes of the services are in
// ./labels/*.zh-CN.ts; timeline wording in ./timeline.zh-CN.ts. Pure data.
import type { ServiceKey } from './types';

export const SERVICE_LABELS: Readonly<Record<ServiceKey, string>> = {
  socialAssistance: '社会救助',
  elderlyCare: '养老服务',
  childWelfare: '儿童福利',
  canteen: '老年助餐',
  civilRegistration: '婚姻殡葬登记',
};

/** Which record of a service a name search found. */
export const SEARCH_RECORD_LABELS: Readonly<Record<string, string>> = {
  HOUSEHOLD: '低保/特困家庭成员',
  VAGRANT_CASE: '流浪乞讨救助',
  ELDER: '老年人名册',
  CHILD: '儿童福利台账',
  DINER: '助餐就餐人员',
  DEATH: '死亡登记',
};

export const tp = {
  menu: '一人一档',
  search: {
    title: '一人一档',
    intro: '按身份证号直接查看一个人在各业务系统中的档案，或按姓名在各业务系统中查找。查询范围为您所辖的行政区划。',
    byId: '按身份证号查询',
    residentId: '身份证号',
    residentIdPlaceholder: '18 位身份证号码',
    open: '查看档案',
    byName: '按姓名查询',
    name: '姓名',
    namePlaceholder: '姓名或其中几个字',
    submit: '搜索',
    total: (n: number) => `共 ${n} 条`,
    none: '各业务系统中都没有姓名匹配的人员',
    truncated: (service: string, total: number, shown: number) => `${service}有 ${total} 条匹配，只列出了前 ${shown} 条，请输入更完整的姓名。`,
    failed: (service: string, message: string) => `${service}：${message}`,
    forbidden: (services: string) => `无权查询：${services}`,
    columns: { name: '姓名', residentId: '身份证号', service: '来源', record: '记录', place: '所在区划 / 地点', note: '状态', actions: '操作' },
    noResidentId: '未登记身份证号',
    deceased: '已故',
    notLocal: '非本地户籍',
    dinerActive: '就餐中',
    dinerInactive: '已停用',
  },
  open: {
    title: '查看一人一档',
    masked: '列表中的身份证号',
    explain: '列表中的身份证号已按规定脱敏。请核对本人证件，输入完整的身份证号：',
    mismatch: '与列表中的身份证号不一致，请核对',
    ok: '查看档案',
    button: '一人一档',
  },
  file: {
    title: '一人一档',
    titleOf: (name: string) => `一人一档：${name}`,
    again: '重新查询',
    noPerson: '请先按身份证号或姓名查询人员。',
    none: '无记录',
    forbidden: '无权查看',
    forbiddenDetail: '该人员在本系统的记录不在您所辖的行政区划内，或您的角色不能查看此类记录。',
    retry: '重试',
    services: '各系统档案',
    sections: {
      basic: '基本信息',
      assistance: '家庭与低保/特困案件',
      allowances: '津贴补贴',
      child: '儿童福利档案',
      canteen: '助餐',
      marriage: '婚姻登记',
      death: '死亡与殡葬补贴',
      timeline: '事件时间线',
    },
  },
  unmask: {
    button: '查看完整信息',
    title: '查看完整个人信息',
    reason: '查看理由',
    reasonPlaceholder: '例如：核对低保申请材料，案件编号 …',
    reasonHelp: '理由将与您的账号一起记入各业务系统的审计日志。',
    ok: '确定查看',
    active: '正在显示完整个人信息，本次查看已记入审计日志。',
    back: '恢复脱敏显示',
  },
} as const;
