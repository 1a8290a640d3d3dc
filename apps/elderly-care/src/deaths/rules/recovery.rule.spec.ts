import { acceptsSettlement, recoveryApprovalProblem, recoveryRequestProblem, type RecoverableOverpayment } from './recovery.rule';

const open = (over: Partial<RecoverableOverpayment> = {}): RecoverableOverpayment => ({ status: 'OPEN', recoveryStatus: null, recoveryRequestedBy: null, ...over });

describe('recovery rules', () => {
  it('lets an open overpayment with no attempt, or a failed one, be asked for', () => {
    expect(recoveryRequestProblem(open())).toBeNull();
    expect(recoveryRequestProblem(open({ recoveryStatus: 'FAILED' }))).toBeNull();
  });

  it('refuses a second attempt while one is requested or approved', () => {
    expect(recoveryRequestProblem(open({ recoveryStatus: 'REQUESTED' }))).toBe('RECOVERY_OPEN');
    expect(recoveryRequestProblem(open({ recoveryStatus: 'APPROVED' }))).toBe('RECOVERY_OPEN');
  });

  it('refuses an overpayment already recovered', () => {
    expect(recoveryRequestProblem(open({ recoveryStatus: 'RECOVERED' }))).toBe('NOT_OPEN');
    expect(recoveryRequestProblem(open({ status: 'RECOVERED', recoveryStatus: 'RECOVERED' }))).toBe('NOT_OPEN');
  });

  it('approves only a requested attempt, by someone other than who asked', () => {
    expect(recoveryApprovalProblem(open({ recoveryStatus: 'REQUESTED', recoveryRequestedBy: 'a' }), 'b')).toBeNull();
    expect(recoveryApprovalProblem(open({ recoveryStatus: 'REQUESTED', recoveryRequestedBy: 'a' }), 'a')).toBe('SAME_PERSON');
    expect(recoveryApprovalProblem(open({ recoveryStatus: 'APPROVED', recoveryRequestedBy: 'a' }), 'b')).toBe('NOT_REQUESTED');
    expect(recoveryApprovalProblem(open(), 'b')).toBe('NOT_REQUESTED');
  });

  it('settles only the approved attempt the bank answered about', () => {
    expect(acceptsSettlement({ recoveryId: 'r1', recoveryStatus: 'APPROVED' }, 'r1')).toBe(true);
    expect(acceptsSettlement({ recoveryId: 'r2', recoveryStatus: 'APPROVED' }, 'r1')).toBe(false);
    expect(acceptsSettlement({ recoveryId: 'r1', recoveryStatus: 'RECOVERED' }, 'r1')).toBe(false);
  });
});
