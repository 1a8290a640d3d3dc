// Optional login with an OpenID Connect provider's ID tokens. Configured by OIDC_ISSUER,
// OIDC_JWKS_URI and OIDC_AUDIENCE together; none of them set means password login only.

export interface OidcConfig {
  issuer: string;
  jwksUri: string;
  audience: string;
  /** The ID token claim that holds the console username. */
  usernameClaim: string;
  /** How long fetched signing keys are trusted before the key set is fetched again. */
  jwksCacheSeconds: number;
}

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
  const jwksUri = env.OIDC_JWKS_URI!;
  if (!/^https?:\/\//.test(jwksUri)) throw new Error(`Environment variable OIDC_JWKS_URI must be an http(s) URL, got "${jwksUri}"`);
  return {
    issuer: env.OIDC_ISSUER!,
    jwksUri,
    audience: env.OIDC_AUDIENCE!,
    usernameClaim: env.OIDC_USERNAME_CLAIM || 'preferred_username',
    jwksCacheSeconds: positiveInt(env, 'OIDC_JWKS_CACHE_SECONDS', 600),
  };
}
