// Optional login with an OpenID Connect provider's ID tokens. Configured by OIDC_ISSUER,
// OIDC_JWKS_URI and OIDC_AUDIENCE together; none of them set means password login only. With
// OIDC_AUTHORIZATION_ENDPOINT and OIDC_TOKEN_ENDPOINT as well, the login page offers the
// provider's login (authorization code flow with PKCE: the browser goes to the provider, the
// console exchanges the code it brings back).

export interface OidcConfig {
  issuer: string;
  jwksUri: string;
  audience: string;
  /** The ID token claim that holds the console username. */
  usernameClaim: string;
  /** How long fetched signing keys are trusted before the key set is fetched again. */
  jwksCacheSeconds: number;
  /** The login page's button and the code exchange; null: ID tokens obtained elsewhere only. */
  codeFlow: OidcCodeFlowConfig | null;
}

export interface OidcCodeFlowConfig {
  /** Where the browser is sent to log in at the provider. */
  authorizationEndpoint: string;
  /** Where the console exchanges the code for the ID token (server to server). */
  tokenEndpoint: string;
  /** Scopes asked for; always includes `openid`. */
  scope: string;
  /** For a confidential client (sent as client_secret_post); unset for a public client, PKCE alone. */
  clientSecret: string | undefined;
}

const CODE_FLOW = ['OIDC_AUTHORIZATION_ENDPOINT', 'OIDC_TOKEN_ENDPOINT'] as const;

const REQUIRED = ['OIDC_ISSUER', 'OIDC_JWKS_URI', 'OIDC_AUDIENCE'] as const;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`Environment variable ${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Null when OIDC is off; throws when it is half configured, so that a typo does not silently turn it off. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | null {
  const present = REQUIRED.filter((name) => env[name]);
  if (present.length === 0) return null;
  if (present.length < REQUIRED.length) {
    const missing = REQUIRED.filter((name) => !env[name]);
    throw new Error(`OIDC login needs ${REQUIRED.join(', ')} together; missing ${missing.join(', ')}`);
  }
  return {
    issuer: env.OIDC_ISSUER!,
    jwksUri: httpUrl(env, 'OIDC_JWKS_URI'),
    audience: env.OIDC_AUDIENCE!,
    usernameClaim: env.OIDC_USERNAME_CLAIM || 'preferred_username',
    jwksCacheSeconds: positiveInt(env, 'OIDC_JWKS_CACHE_SECONDS', 600),
    codeFlow: codeFlowFromEnv(env),
  };
}

function httpUrl(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]!;
  if (!/^https?:\/\/[^/\s]+/.test(value)) throw new Error(`Environment variable ${name} must be an http(s) URL, got "${value}"`);
  return value;
}

/** Both endpoints or neither (the button needs where to send the browser and where to redeem the code). */
function codeFlowFromEnv(env: NodeJS.ProcessEnv): OidcCodeFlowConfig | null {
  const present = CODE_FLOW.filter((name) => env[name]);
  if (present.length === 0) return null;
  if (present.length < CODE_FLOW.length) {
    throw new Error(`The OIDC login button needs ${CODE_FLOW.join(' and ')} together; missing ${CODE_FLOW.filter((name) => !env[name]).join(', ')}`);
  }
  const scope = (env.OIDC_SCOPE || 'openid profile').trim().split(/\s+/);
  if (!scope.includes('openid')) throw new Error(`Environment variable OIDC_SCOPE must include openid, got "${env.OIDC_SCOPE}"`);
  return {
    authorizationEndpoint: httpUrl(env, 'OIDC_AUTHORIZATION_ENDPOINT'),
    tokenEndpoint: httpUrl(env, 'OIDC_TOKEN_ENDPOINT'),
    scope: scope.join(' '),
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
  };
}
