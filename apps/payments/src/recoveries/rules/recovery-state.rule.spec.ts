import { recoveryHold, recoveryState } from './recovery-state.rule';

describe('recovery state', () => {
  it('awaits the bank when the payee has a confirmed, usable account', () => {
    expect(recoveryHold({ confirmed: { unusableReason: null } })).toBeNull();
    expect(recoveryState({ confirmed: { unusableReason: null } })).toBe('AWAITING');
  });

  it('is held while the payee has no confirmed account', () => {
    expect(recoveryHold({ confirmed: null })).toBe('NO_ACCOUNT');
    expect(recoveryState({ confirmed: null })).toBe('HELD');
  });

  it('is held while the confirmed account is one the bank could not use', () => {
    expect(recoveryHold({ confirmed: { unusableReason: 'ACCOUNT_CLOSED' } })).toBe('ACCOUNT_UNUSABLE');
    expect(recoveryState({ confirmed: { unusableReason: 'ACCOUNT_FROZEN' } })).toBe('HELD');
  });

  it('once batched follows its line, whatever the account does since', () => {
    expect(recoveryState({ confirmed: null, line: { outcome: null } })).toBe('IN_BATCH');
    expect(recoveryHold({ confirmed: null, line: { outcome: null } })).toBeNull();
    expect(recoveryState({ confirmed: { unusableReason: null }, line: { outcome: 'RECOVERED' } })).toBe('RECOVERED');
    expect(recoveryState({ confirmed: { unusableReason: 'ACCOUNT_CLOSED' }, line: { outcome: 'FAILED' } })).toBe('FAILED');
  });
});
