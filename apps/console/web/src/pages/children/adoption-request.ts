// What 收养评估 and 收养登记's forms send: one adopter, or a married couple adopting jointly (each
// names the other as spouse; the Civil Code's conditions apply to both). Pure.
import type { RecordAssessmentDto, RegisterAdoptionDto } from './types';

export interface AssessmentValues {
  adopter: string;
  spouse?: string;
  assessedOn: { format(pattern: string): string };
  outcome: 'SUITABLE' | 'UNSUITABLE';
  notes: string;
}

export interface RegistrationValues {
  assessmentId: string;
  registeredOn: { format(pattern: string): string };
  adopterId: string;
  adopterName: string;
  married?: boolean;
  spouseId?: string;
  spouseName?: string;
  ableToRaise?: boolean;
  disqualifyingIllness?: boolean;
  criminalRecord?: boolean;
  existingChildren: number;
  relativesChild?: boolean;
  childConsents?: boolean;
  parentsInSpecialDifficulty?: boolean;
  childDisabled?: boolean;
}

export function assessmentRequest(v: AssessmentValues): RecordAssessmentDto {
  const spouse = v.spouse?.trim();
  return { adopterResidentIds: [v.adopter.trim(), ...(spouse ? [spouse] : [])], assessedOn: v.assessedOn.format('YYYY-MM-DD'), outcome: v.outcome, notes: v.notes.trim() };
}

export function registrationRequest(v: RegistrationValues): RegisterAdoptionDto {
  const fitness = { ableToRaise: v.ableToRaise ?? false, disqualifyingIllness: v.disqualifyingIllness ?? false, criminalRecord: v.criminalRecord ?? false };
  const adopter = { residentId: v.adopterId.trim(), name: v.adopterName.trim(), ...fitness };
  const adopters = v.married
    ? [
        { ...adopter, married: true, spouseResidentId: (v.spouseId ?? '').trim() },
        { residentId: (v.spouseId ?? '').trim(), name: (v.spouseName ?? '').trim(), married: true, spouseResidentId: adopter.residentId, ...fitness },
      ]
    : [{ ...adopter, married: false }];
  return {
    assessmentId: v.assessmentId,
    registeredOn: v.registeredOn.format('YYYY-MM-DD'),
    adopters,
    existingChildren: v.existingChildren,
    relativesChild: v.relativesChild ?? false,
    ...(v.childConsents !== undefined && { childConsents: v.childConsents }),
    parentsInSpecialDifficulty: v.parentsInSpecialDifficulty ?? false,
    childDisabled: v.childDisabled ?? false,
  };
}
