import { sessionCutoffs, sessionState } from './session-expiry.rule';

const policy = { idleMinutes: 30, absoluteHours: 12 };
const START = new Date('2024-07-15T00:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

describe('sessionState (30 minutes idle, 12 hours absolute)', () => {
  it.each([
    ['just opened', 0, 0, 'active'],
    ['used a minute ago', 100, 101, 'active'],
    ['29 minutes idle', 0, 29, 'active'],
    ['exactly 30 minutes idle', 0, 30, 'idle'],
    ['31 minutes idle', 600, 631, 'idle'],
    ['busy, 11 h 59 min old', 719, 719, 'active'],
    ['busy, 12 hours old', 719, 720, 'too-old'],
    ['idle and too old', 0, 800, 'too-old'],
  ])('%s', (_what, lastSeen, now, state) => {
    expect(sessionState({ createdAt: START, lastSeenAt: at(lastSeen) }, at(now), policy)).toBe(state);
  });
});

describe('sessionCutoffs', () => {
  it('puts the limits behind now by the idle and absolute periods', () => {
    expect(sessionCutoffs(at(720), policy)).toEqual({ idleBefore: at(690), createdBefore: at(0) });
  });

  it('agrees with sessionState on what has ended', () => {
    const now = at(900);
    const { idleBefore, createdBefore } = sessionCutoffs(now, policy);
    const session = { createdAt: createdBefore, lastSeenAt: idleBefore };
    expect(sessionState(session, now, policy)).not.toBe('active');
    expect(sessionState({ createdAt: at(901 - 720), lastSeenAt: at(871) }, now, policy)).toBe('active');
  });
});
