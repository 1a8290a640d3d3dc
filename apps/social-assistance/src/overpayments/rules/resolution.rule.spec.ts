import { resolutionStep, writeOffApprovalProblem, type Resolution } from './resolution.rule';

describe('resolutionStep', () => {
  it.each<[string, Resolution, string]>([
    ['OPEN', 'RECOVERED', 'SETTLE'],
    ['OPEN', 'HEIRS_PAID', 'SETTLE'],
    ['OPEN', 'WRITTEN_OFF', 'PROPOSE_WRITE_OFF'],
    ['WRITE_OFF_PROPOSED', 'HEIRS_PAID', 'SETTLE'],
    ['WRITE_OFF_PROPOSED', 'WRITTEN_OFF', 'NOT_OPEN'],
    ['RECOVERED', 'RECOVERED', 'NOT_OPEN'],
    ['WRITTEN_OFF', 'HEIRS_PAID', 'NOT_OPEN'],
  ])('%s + %s -> %s', (status, resolution, expected) => {
    expect(resolutionStep(status, resolution)).toBe(expected);
  });
});

describe('writeOffApprovalProblem', () => {
  it.each<[string, string | null, string, string | null]>([
    ['WRITE_OFF_PROPOSED', 'clerk-1', 'director', null],
    ['WRITE_OFF_PROPOSED', 'director', 'director', 'SAME_PERSON_APPROVAL'],
    ['OPEN', null, 'director', 'NOT_PROPOSED'],
    ['WRITTEN_OFF', 'clerk-1', 'director', 'NOT_PROPOSED'],
  ])('%s proposed by %s, approved by %s -> %s', (status, proposedBy, approver, expected) => {
    expect(writeOffApprovalProblem({ status, proposedBy }, approver)).toBe(expected);
  });
});
