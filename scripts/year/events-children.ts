// The events of child welfare's year (DOMAIN §5): help needs raised and closed, cadres paired with
// children and their visits in rounds, children orphaned in the year and adopted by relatives,
// study grants and student aid, volunteers and their activities, charity funds. A child of the
// registers is named by resident ID; the drive finds it in the ledger (kinds/child-ledger.ts).

export type HelpNeedKind = 'EDUCATION' | 'HEALTH' | 'LIVING' | 'PSYCHOLOGICAL' | 'SAFETY' | 'OTHER';

/** A need for help raised for a child by the village's child director. */
export interface HelpNeedEvent {
  kind: 'help-need';
  key: string;
  residentId: string;
  needKind: HelpNeedKind;
  description: string;
}

/** The need handled and closed (the need's key). */
export interface HelpNeedCloseEvent {
  kind: 'help-need-close';
  key: string;
  residentId: string;
  resolution: string;
}

/** A cadre paired with a child (结对帮扶) at the start of the year. */
export interface PairingEvent {
  kind: 'pairing';
  key: string;
  residentId: string;
  cadreId: string;
  cadreName: string;
  cadrePhone: string;
}

/** The paired cadre's home visit in one of the year's rounds (走访轮次). */
export interface PairingVisitEvent {
  kind: 'pairing-visit';
  key: string;
  pairingKey: string;
  residentId: string;
  round: number;
}

export interface NewGuardian {
  residentId: string;
  name: string;
  relation: 'FATHER' | 'MOTHER';
  deceasedOn: string;
}

/** A child orphaned in the year, put in the ledger while an aunt looks after them. */
export interface OrphanRegistrationEvent {
  kind: 'orphan-registration';
  key: string;
  residentId: string;
  name: string;
  birthDate: string;
  villageCode: string;
  carerName: string;
  guardians: [NewGuardian, NewGuardian];
}

export interface Adopter {
  residentId: string;
  name: string;
}

/** The family capability assessment (收养评估) of the aunt and her husband (the child's key). */
export interface AdoptionAssessmentEvent {
  kind: 'adoption-assessment';
  key: string;
  childKey: string;
  /** Husband, then wife. */
  adopters: [Adopter, Adopter];
}

/** The adoption registered: a relative's child (art. 1099), adopted jointly by the married couple. */
export interface AdoptionEvent {
  kind: 'adoption';
  key: string;
  childKey: string;
  adopters: [Adopter, Adopter];
  existingChildren: number;
  /** Aged 8 or more on the day: the child's consent is asked (art. 1104). */
  childConsents: boolean;
}

export interface StudyGrantEvent {
  kind: 'study-grant';
  key: string;
  residentId: string;
  grantKind: 'FUCAI_YUANMENG' | 'DE_FACTO_STUDY';
  term: string;
  school: string;
}

export interface StudentAidEvent {
  kind: 'student-aid';
  key: string;
  residentId: string;
  stage: 'PRESCHOOL' | 'COMPULSORY';
  term: string;
  amountFen: number;
}

export interface VolunteerEvent {
  kind: 'volunteer';
  key: string;
  name: string;
  phone: string;
  /** The township the volunteer serves. */
  divisionCode: string;
}

export interface VolunteerActivityEvent {
  kind: 'volunteer-activity';
  key: string;
  divisionCode: string;
  title: string;
  childrenServed: number;
  /** The volunteers' keys with their hours (tenths). */
  volunteers: Array<{ key: string; hours: number }>;
}

/** A county's children's charity fund (慈善资金), opened on the year's second day. */
export interface CharityFundEvent {
  kind: 'charity-fund';
  key: string;
  title: string;
  divisionCode: string;
}

export interface CharityDonationEvent {
  kind: 'charity-donation';
  key: string;
  fundKey: string;
  donorName: string;
  amountFen: number;
}

export interface CharityGrantEvent {
  kind: 'charity-grant';
  key: string;
  fundKey: string;
  residentId: string;
  amountFen: number;
  purpose: string;
}

export type ChildWelfareEvent =
  | HelpNeedEvent
  | HelpNeedCloseEvent
  | PairingEvent
  | PairingVisitEvent
  | OrphanRegistrationEvent
  | AdoptionAssessmentEvent
  | AdoptionEvent
  | StudyGrantEvent
  | StudentAidEvent
  | VolunteerEvent
  | VolunteerActivityEvent
  | CharityFundEvent
  | CharityDonationEvent
  | CharityGrantEvent;

/** Their order within a day: what a later one needs (a pairing, a fund, a volunteer) comes first. */
export const CHILD_WELFARE_KIND_ORDER = [
  'orphan-registration',
  'adoption-assessment',
  'adoption',
  'help-need',
  'help-need-close',
  'pairing',
  'pairing-visit',
  'study-grant',
  'student-aid',
  'volunteer',
  'volunteer-activity',
  'charity-fund',
  'charity-donation',
  'charity-grant',
] as const satisfies ReadonlyArray<ChildWelfareEvent['kind']>;
