// Codes of civil-registration (marriages, divorces, deaths, funeral benefits) as caseworkers read them.
import type { components } from '../../../api/generated/civil-registration';

type S = components['schemas'];

export const MARITAL_STATUS_LABELS: Readonly<Record<S['CivilRegistrationPerson']['maritalStatus'], string>> = {
  MARRIED: '已婚（婚姻登记存续）',
  NOT_MARRIED: '无存续的婚姻登记',
};

export const MARRIAGE_KIND_LABELS: Readonly<Record<S['MarriageDto']['kind'], string>> = {
  REGISTRATION: '结婚登记',
  RETROACTIVE: '补办结婚登记',
  REMARRIAGE: '复婚登记',
};

export const MARRIAGE_STATUS_LABELS: Readonly<Record<S['MarriageDto']['status'], string>> = {
  ACTIVE: '存续',
  DISSOLVED: '已解除',
};

export const DIVORCE_STATE_LABELS: Readonly<Record<S['DivorceDto']['state'], string>> = {
  COOLING_OFF: '离婚冷静期',
  AWAITING_CERTIFICATE: '待领取离婚证',
  WITHDRAWN: '已撤回',
  DEEMED_WITHDRAWN: '视为撤回',
  REGISTERED: '已登记离婚',
};

export const DISPOSAL_LABELS: Readonly<Record<S['DeathResponse']['disposal'], string>> = {
  CREMATION: '火化',
  BURIAL: '土葬',
};

export const DEATH_SOURCE_LABELS: Readonly<Record<S['DeathResponse']['source'], string>> = {
  HOSPITAL: '医院',
  PUBLIC_SECURITY: '公安机关',
  VILLAGE: '村（居）委会',
  FUNERAL_HOME: '殡仪馆',
  CIVIL_REGISTRATION: '民政部门',
};

export const SEX_LABELS: Readonly<Record<S['DeathResponse']['sex'], string>> = {
  M: '男',
  F: '女',
};

export const FUNERAL_BASIS_LABELS: Readonly<Record<S['FuneralBenefitDto']['basis'], string>> = {
  BASIC: '基本殡葬服务补贴',
  DIBAO_TEKUN: '基本补贴及低保/特困加发',
};
