// What the five services answer for 一人一档 and the name search, by the generated clients' types,
// and the services by a key of their own. Types only, plus the service list.
import type { components as Canteen } from '../../api/generated/canteen';
import type { components as ChildWelfare } from '../../api/generated/child-welfare';
import type { components as CivilRegistration } from '../../api/generated/civil-registration';
import type { components as ElderlyCare } from '../../api/generated/elderly-care';
import type { components as SocialAssistance } from '../../api/generated/social-assistance';

export type ServiceKey = 'socialAssistance' | 'elderlyCare' | 'childWelfare' | 'canteen' | 'civilRegistration';

/** The order the services appear in, on the person page and in merged search results. */
export const SERVICE_KEYS: readonly ServiceKey[] = ['socialAssistance', 'elderlyCare', 'childWelfare', 'canteen', 'civilRegistration'];

export type SocialAssistancePerson = SocialAssistance['schemas']['SocialAssistancePerson'];
export type ElderlyCarePerson = ElderlyCare['schemas']['ElderlyCarePerson'];
export type ChildWelfarePerson = ChildWelfare['schemas']['ChildWelfarePerson'];
export type CanteenPerson = Canteen['schemas']['CanteenPerson'];
export type CivilRegistrationPerson = CivilRegistration['schemas']['CivilRegistrationPerson'];

export interface PersonFiles {
  socialAssistance: SocialAssistancePerson;
  elderlyCare: ElderlyCarePerson;
  childWelfare: ChildWelfarePerson;
  canteen: CanteenPerson;
  civilRegistration: CivilRegistrationPerson;
}

export interface SearchItems {
  socialAssistance: SocialAssistance['schemas']['PersonSearchItem'];
  elderlyCare: ElderlyCare['schemas']['PersonSearchItem'];
  childWelfare: ChildWelfare['schemas']['PersonSearchItem'];
  canteen: Canteen['schemas']['PersonSearchItem'];
  civilRegistration: CivilRegistration['schemas']['PersonSearchItem'];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * child-welfare declares the allowance as an open object; this is what its AllowancesService
 * answers (GET /children/:id/allowance), read defensively by ./child-allowance.ts.
 */
export interface ChildAllowanceStatus {
  careForm: string | null;
  category: string | null;
  qualifyingSince: string | null;
  fromMonth: string | null;
  notEntitledReason: string | null;
  monthlyAmountFen: number | null;
  currentMonth: { month: string; due: boolean; reason?: string } | null;
  payments: Array<{ month: string; kind: string; amountFen: number; paidWithMonth: string | null }>;
}
