// Adoption checks, Civil Code arts 1093-1105 (DOMAIN §5). Pure: the date is a parameter. Returns
// every failed condition, each with a stable code and the field at fault.
import { ageOn, type Sex } from '@app/common/resident-id/resident-id';
import { ADULT_AGE, addMonths } from '../../categories/rules/child-category.rule';

/** Law, not policy: art. 1098(5), art. 1102, art. 1104. */
export const MIN_ADOPTER_AGE = 30;
export const SINGLE_OPPOSITE_SEX_AGE_GAP_YEARS = 40;
export const CHILD_CONSENT_AGE = 8;
/** Art. 1098(1), art. 1100: childless may adopt two, with one child one; so at most one child already. */
export const MAX_EXISTING_CHILDREN = 1;

export interface AdopterFacts {
  residentId: string;
  birthDate: string;
  sex: Sex;
  /** Has a spouse (有配偶者). */
  married: boolean;
  spouseResidentId: string | null;
  /** Able to raise, educate and protect the child (art. 1098(2)). */
  ableToRaise: boolean;
  /** A disease medically considered unfit for adopting (art. 1098(3)). */
  disqualifyingIllness: boolean;
  /** A criminal record unfavourable to the child's healthy growth (art. 1098(4)). */
  criminalRecord: boolean;
}

export type AssessmentOutcome = 'SUITABLE' | 'UNSUITABLE';

export interface AdoptionFacts {
  registeredOn: string;
  child: {
    residentId: string;
    birthDate: string;
    sex: Sex;
    /** Art. 1093: (1) lost both parents or (2) parents not found (ORPHAN in the ledger). */
    orphanOrParentsNotFound: boolean;
    /** Art. 1093(3): parents unable to raise the child for special difficulty. */
    parentsInSpecialDifficulty: boolean;
    /** Art. 1100(2): a disabled minor. */
    disabled: boolean;
    /** Art. 1104: the child's consent; null when not asked. */
    consents: boolean | null;
  };
  adopters: AdopterFacts[];
  /** Children the adopter(s) already have, born or adopted. */
  existingChildren: number;
  /** Art. 1099: the child of a same-generation collateral relative by blood within three generations. */
  relativesChild: boolean;
  /** Art. 1105 and the assessment measures: a family capability assessment (收养评估) before registration. */
  assessment: { assessedOn: string; outcome: AssessmentOutcome } | null;
}

export type AdoptionRefusalCode =
  | 'ADOPTION.CHILD_NOT_MINOR'
  | 'ADOPTION.CHILD_NOT_ADOPTABLE'
  | 'ADOPTION.ADOPTER_UNDER_30'
  | 'ADOPTION.ADOPTER_UNABLE_TO_RAISE'
  | 'ADOPTION.ADOPTER_DISQUALIFYING_ILLNESS'
  | 'ADOPTION.ADOPTER_CRIMINAL_RECORD'
  | 'ADOPTION.CHILDREN_LIMIT'
  | 'ADOPTION.SPOUSE_MUST_ADOPT_JOINTLY'
  | 'ADOPTION.JOINT_ADOPTERS_NOT_MARRIED'
  | 'ADOPTION.AGE_GAP_UNDER_40'
  | 'ADOPTION.CHILD_CONSENT_MISSING'
  | 'ADOPTION.ASSESSMENT_MISSING'
  | 'ADOPTION.ASSESSMENT_UNSUITABLE';

export interface AdoptionRefusal {
  code: AdoptionRefusalCode;
  field: string;
  message: string;
}

/** Same day n years later (29 February falls on 28 February), via the month arithmetic. */
function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function checkAdoption(f: AdoptionFacts): AdoptionRefusal[] {
  const out: AdoptionRefusal[] = [];
  const refuse = (code: AdoptionRefusalCode, field: string, message: string) => out.push({ code, field, message });
  const on = f.registeredOn;
  const { child } = f;

  if (on < child.birthDate || ageOn(child.birthDate, on) >= ADULT_AGE) refuse('ADOPTION.CHILD_NOT_MINOR', 'childId', 'only a minor may be adopted (art. 1093)');
  // Art. 1099: a relative's child need not meet art. 1093(3) (special difficulty of the parents).
  if (!child.orphanOrParentsNotFound && !child.parentsInSpecialDifficulty && !f.relativesChild) {
    refuse('ADOPTION.CHILD_NOT_ADOPTABLE', 'parentsInSpecialDifficulty', 'the child must have lost their parents, have parents not found, or parents unable to raise them (art. 1093)');
  }

  f.adopters.forEach((a, i) => {
    const field = (name: string) => `adopters.${i}.${name}`;
    if (on < a.birthDate || ageOn(a.birthDate, on) < MIN_ADOPTER_AGE) refuse('ADOPTION.ADOPTER_UNDER_30', field('residentId'), `an adopter must be at least ${MIN_ADOPTER_AGE} (art. 1098)`);
    if (!a.ableToRaise) refuse('ADOPTION.ADOPTER_UNABLE_TO_RAISE', field('ableToRaise'), 'an adopter must be able to raise, educate and protect the child (art. 1098)');
    if (a.disqualifyingIllness) refuse('ADOPTION.ADOPTER_DISQUALIFYING_ILLNESS', field('disqualifyingIllness'), 'an illness unfit for adopting (art. 1098)');
    if (a.criminalRecord) refuse('ADOPTION.ADOPTER_CRIMINAL_RECORD', field('criminalRecord'), 'a criminal record unfavourable to the child (art. 1098)');
  });

  // Art. 1100(2): orphans, disabled minors and children whose parents are not found may be adopted
  // beyond the number limit and whatever children the adopter has.
  const limitWaived = child.orphanOrParentsNotFound || child.disabled;
  if (!limitWaived && f.existingChildren > MAX_EXISTING_CHILDREN) {
    refuse('ADOPTION.CHILDREN_LIMIT', 'existingChildren', 'the childless may adopt two children, those with one child one (arts. 1098, 1100)');
  }

  // Art. 1101: a person with a spouse adopts jointly with the spouse.
  if (f.adopters.length === 1 && f.adopters[0].married) {
    refuse('ADOPTION.SPOUSE_MUST_ADOPT_JOINTLY', 'adopters', 'a married person adopts jointly with their spouse (art. 1101)');
  }
  if (f.adopters.length === 2) {
    const [a, b] = f.adopters;
    const spouses = a.married && b.married && a.spouseResidentId === b.residentId && b.spouseResidentId === a.residentId && a.sex !== b.sex;
    if (!spouses) refuse('ADOPTION.JOINT_ADOPTERS_NOT_MARRIED', 'adopters', 'two adopters must be a married couple (art. 1101)');
  }

  // Art. 1102: a single adopter of a child of the opposite sex is at least 40 years older; art. 1099 waives it.
  if (f.adopters.length === 1 && !f.adopters[0].married && f.adopters[0].sex !== child.sex && !f.relativesChild) {
    if (addYears(f.adopters[0].birthDate, SINGLE_OPPOSITE_SEX_AGE_GAP_YEARS) > child.birthDate) {
      refuse('ADOPTION.AGE_GAP_UNDER_40', 'adopters.0.residentId', `a single adopter of a child of the opposite sex must be at least ${SINGLE_OPPOSITE_SEX_AGE_GAP_YEARS} years older (art. 1102)`);
    }
  }

  if (on >= child.birthDate && ageOn(child.birthDate, on) >= CHILD_CONSENT_AGE && child.consents !== true) {
    refuse('ADOPTION.CHILD_CONSENT_MISSING', 'childConsents', `a child aged ${CHILD_CONSENT_AGE} or more must consent (art. 1104)`);
  }

  if (!f.assessment || f.assessment.assessedOn > on) {
    refuse('ADOPTION.ASSESSMENT_MISSING', 'assessment', 'a family capability assessment must precede registration (art. 1105)');
  } else if (f.assessment.outcome !== 'SUITABLE') {
    refuse('ADOPTION.ASSESSMENT_UNSUITABLE', 'assessment', 'the assessment found the family unsuitable');
  }
  return out;
}
