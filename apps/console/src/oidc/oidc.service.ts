import { Clock } from '@app/common/time/clock';
import { Inject, Injectable, Logger } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { consoleProblem } from '../problems';
import { SessionStore, type OpenedSession } from '../sessions/session-store';
import { findUserByUsername } from '../users/user-lookup';
import { JwksKeys, JwksUnavailableError } from './jwks-keys';
import type { OidcCodeFlowConfig, OidcConfig } from './oidc-config';

/** Asymmetric only: with an HS algorithm a public key would serve as the shared secret. */
const ID_TOKEN_ALGORITHMS: jwt.Algorithm[] = ['RS256', 'ES256'];
/** Leeway for the provider's clock against ours when checking exp and nbf. */
const CLOCK_TOLERANCE_SECONDS = 60;
/** How long the provider's token endpoint may take to redeem a code. */
const TOKEN_TIMEOUT_MS = 5_000;

export const oidcNotConfigured = () => consoleProblem('AUTH.OIDC_NOT_CONFIGURED', { status: 404, detail: 'OIDC login is not configured on this console.' });

const invalidToken = (detail: string) => consoleProblem('AUTH.OIDC_INVALID_TOKEN', { status: 401, detail });
const providerUnavailable = (detail: string) => consoleProblem('AUTH.OIDC_PROVIDER_UNAVAILABLE', { status: 502, detail });

/** What the browser brings back from the provider's login page (authorization code flow with PKCE). */
export interface AuthorizationCode {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  nonce: string;
}

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
    return this.openSession(await this.verifiedUsername(idToken, oidc));
  }

  /**
   * The login page's way in: the code the provider gave the browser is redeemed at the provider's
   * token endpoint (server to server, with the browser's PKCE verifier, so a stolen code alone is
   * useless), and the ID token it answers must carry the nonce the browser drew.
   */
  async loginWithCode(authorization: AuthorizationCode): Promise<OpenedSession> {
    const oidc = this.config.oidc;
    if (!oidc?.codeFlow) throw oidcNotConfigured();
    const idToken = await this.redeem(authorization, oidc, oidc.codeFlow);
    return this.openSession(await this.verifiedUsername(idToken, oidc, authorization.nonce));
  }

  private async redeem(authorization: AuthorizationCode, oidc: OidcConfig, flow: OidcCodeFlowConfig): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code: authorization.code,
      redirect_uri: authorization.redirectUri,
      client_id: oidc.audience,
      code_verifier: authorization.codeVerifier,
    });
    if (flow.clientSecret) body.set('client_secret', flow.clientSecret);
    let response: Response;
    try {
      response = await fetch(flow.tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      });
    } catch (err) {
      this.logger.error(`the token endpoint ${flow.tokenEndpoint} did not answer: ${(err as Error).message}`);
      throw providerUnavailable('The login provider did not answer; try again later.');
    }
    const answer: unknown = await response.json().catch(() => null);
    if (response.status >= 500) {
      this.logger.error(`the token endpoint ${flow.tokenEndpoint} answered ${response.status}`);
      throw providerUnavailable('The login provider could not redeem the code; try again later.');
    }
    if (!response.ok) {
      // invalid_grant (used, expired, or another verifier) and the like; the provider's words stay in the log.
      this.logger.warn(`the token endpoint refused a code (${response.status}): ${JSON.stringify(answer)?.slice(0, 300)}`);
      throw consoleProblem('AUTH.OIDC_CODE_REJECTED', { status: 401, detail: 'The login provider refused the code; log in again.' });
    }
    const idToken = (answer as { id_token?: unknown } | null)?.id_token;
    if (typeof idToken !== 'string' || idToken === '') throw invalidToken('The login provider answered without an ID token.');
    return idToken;
  }

  private openSession(username: string): Promise<OpenedSession> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findUserByUsername(manager, username);
      if (!user) throw consoleProblem('AUTH.OIDC_UNKNOWN_USER', { status: 401, detail: 'The provider’s user has no console account; ask an administrator.' });
      if (user.disabled) throw consoleProblem('AUTH.DISABLED', { status: 403, detail: 'The account is disabled; ask an administrator.' });
      return this.sessions.open(manager, user, 'oidc');
    });
  }

  /** `nonce`: the ID token must carry it (the code flow); a token posted as is has none to match. */
  private async verifiedUsername(idToken: string, oidc: OidcConfig, nonce?: string): Promise<string> {
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
    if (typeof payload === 'string') throw invalidToken('The ID token has no claims.');
    if (nonce !== undefined && payload.nonce !== nonce) {
      this.logger.warn('refused an ID token: its nonce is not the one the browser sent');
      throw invalidToken('The ID token is not the answer to this login.');
    }
    const username = payload[oidc.usernameClaim];
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
