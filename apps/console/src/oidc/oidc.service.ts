import { Clock } from '@app/common/time/clock';
import { Inject, Injectable, Logger } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { consoleProblem } from '../problems';
import { SessionStore, type OpenedSession } from '../sessions/session-store';
import { findUserByUsername } from '../users/user-lookup';
import { JwksKeys, JwksUnavailableError } from './jwks-keys';
import type { OidcConfig } from './oidc-config';

/** Asymmetric only: with an HS algorithm a public key would serve as the shared secret. */
const ID_TOKEN_ALGORITHMS: jwt.Algorithm[] = ['RS256', 'ES256'];
/** Leeway for the provider's clock against ours when checking exp and nbf. */
const CLOCK_TOLERANCE_SECONDS = 60;

export const oidcNotConfigured = () => consoleProblem('AUTH.OIDC_NOT_CONFIGURED', { status: 404, detail: 'OIDC login is not configured on this console.' });

const invalidToken = (detail: string) => consoleProblem('AUTH.OIDC_INVALID_TOKEN', { status: 401, detail });

/**
 * Login with an ID token from the configured OpenID Connect provider: verified against the
 * provider's key set (signature, issuer, audience, expiry by the injected clock), then mapped by
 * the username claim to an existing, enabled console user. It opens the same session as a
 * password login; roles and division stay the console's, not the provider's.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly keys: JwksKeys,
    private readonly sessions: SessionStore,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  async login(idToken: string): Promise<OpenedSession> {
    const oidc = this.config.oidc;
    if (!oidc) throw oidcNotConfigured();
    const username = await this.verifiedUsername(idToken, oidc);
    return this.dataSource.transaction(async (manager) => {
      const user = await findUserByUsername(manager, username);
      if (!user) throw consoleProblem('AUTH.OIDC_UNKNOWN_USER', { status: 401, detail: 'The provider’s user has no console account; ask an administrator.' });
      if (user.disabled) throw consoleProblem('AUTH.DISABLED', { status: 403, detail: 'The account is disabled; ask an administrator.' });
      return this.sessions.open(manager, user, 'oidc');
    });
  }

  private async verifiedUsername(idToken: string, oidc: OidcConfig): Promise<string> {
    const decoded = jwt.decode(idToken, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw invalidToken('The ID token is not a JWT.');
    if (!ID_TOKEN_ALGORITHMS.includes(decoded.header.alg as jwt.Algorithm)) throw invalidToken('The ID token must be signed with RS256 or ES256.');
    const key = await this.keyFor(decoded.header.kid);
    let payload: jwt.JwtPayload | string;
    try {
      payload = jwt.verify(idToken, key, {
        algorithms: ID_TOKEN_ALGORITHMS,
        issuer: oidc.issuer,
        audience: oidc.audience,
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch (err) {
      // Why it failed stays in the log: it would tell a forger what to fix.
      this.logger.warn(`refused an ID token: ${(err as Error).message}`);
      throw invalidToken('The ID token is not valid for this console.');
    }
    const username = typeof payload === 'string' ? undefined : payload[oidc.usernameClaim];
    if (typeof username !== 'string' || username === '') throw invalidToken(`The ID token has no ${oidc.usernameClaim} claim.`);
    return username;
  }

  private async keyFor(kid: string | undefined) {
    try {
      const key = await this.keys.keyFor(kid);
      if (!key) throw invalidToken('The ID token is signed with a key the provider does not publish.');
      return key;
    } catch (err) {
      if (!(err instanceof JwksUnavailableError)) throw err;
      this.logger.error(err.message);
      throw consoleProblem('AUTH.OIDC_PROVIDER_UNAVAILABLE', { status: 502, detail: 'The login provider’s keys could not be fetched; try again later.' });
    }
  }
}
