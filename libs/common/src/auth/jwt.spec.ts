import jwt from 'jsonwebtoken';
import { signToken, TokenVerificationError, verifyToken } from './jwt';

const SECRET = 'test-secret-for-jwt-spec';
const ALICE = { sub: 'alice', roles: ['operator'], division: '110105' };

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof TokenVerificationError ? err.reason : `not a TokenVerificationError: ${String(err)}`;
  }
  return undefined;
}

describe('signToken / verifyToken', () => {
  it('round-trips a principal', () => {
    expect(verifyToken(signToken(ALICE, { secret: SECRET }), SECRET)).toEqual(ALICE);
  });

  it('signs HS256 with an expiry, 8 hours by default', () => {
    const decoded = jwt.decode(signToken(ALICE, { secret: SECRET }), { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    const payload = decoded?.payload as jwt.JwtPayload;
    expect(payload.exp! - payload.iat!).toBe(8 * 3600);
  });

  it('refuses to sign a malformed principal', () => {
    expect(() => signToken({ ...ALICE, division: 'Beijing' }, { secret: SECRET })).toThrow(RangeError);
    expect(() => signToken({ ...ALICE, sub: '' }, { secret: SECRET })).toThrow(RangeError);
  });

  it('remembers a verified token, but not past its expiry nor under another secret', () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    try {
      const token = signToken(ALICE, { secret: SECRET, expiresIn: 60 });
      const first = verifyToken(token, SECRET);
      first.roles.push('admin'); // a caller changing its copy changes nothing remembered
      expect(verifyToken(token, SECRET)).toEqual(ALICE);
      expect(reasonOf(() => verifyToken(token, 'another-secret'))).toBe('INVALID');
      jest.setSystemTime(new Date('2026-01-01T00:01:01Z'));
      expect(reasonOf(() => verifyToken(token, SECRET))).toBe('EXPIRED');
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports an expired token as EXPIRED', () => {
    const token = signToken(ALICE, { secret: SECRET, expiresIn: -10 });
    expect(reasonOf(() => verifyToken(token, SECRET))).toBe('EXPIRED');
  });

  it.each<[string, () => string]>([
    ['another secret', () => signToken(ALICE, { secret: 'other' })],
    ['alg none', () => jwt.sign({ ...ALICE, exp: Math.floor(Date.now() / 1000) + 60 }, null, { algorithm: 'none' })],
    ['HS512', () => jwt.sign({ roles: ['x'], division: '110105' }, SECRET, { algorithm: 'HS512', subject: 's', expiresIn: 60 })],
    ['no expiry', () => jwt.sign({ roles: ['x'], division: '110105' }, SECRET, { subject: 's' })],
    ['no subject', () => jwt.sign({ roles: ['x'], division: '110105' }, SECRET, { expiresIn: 60 })],
    ['roles not a list', () => jwt.sign({ roles: 'admin', division: '110105' }, SECRET, { subject: 's', expiresIn: 60 })],
    ['bad division', () => jwt.sign({ roles: ['x'], division: 110105 }, SECRET, { subject: 's', expiresIn: 60 })],
    ['garbage', () => 'not.a.jwt'],
  ])('rejects %s as INVALID', (_label, makeToken) => {
    expect(reasonOf(() => verifyToken(makeToken(), SECRET))).toBe('INVALID');
  });
});
