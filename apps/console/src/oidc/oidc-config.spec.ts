import { oidcConfigFromEnv } from './oidc-config';

describe('oidcConfigFromEnv', () => {
  const full = { OIDC_ISSUER: 'https://id.example', OIDC_JWKS_URI: 'https://id.example/jwks', OIDC_AUDIENCE: 'console' };

  it('is off when nothing is set', () => {
    expect(oidcConfigFromEnv({})).toBeNull();
  });

  it('reads the provider with the default username claim and key cache', () => {
    expect(oidcConfigFromEnv(full)).toEqual({ issuer: 'https://id.example', jwksUri: 'https://id.example/jwks', audience: 'console', usernameClaim: 'preferred_username', jwksCacheSeconds: 600, codeFlow: null });
    expect(oidcConfigFromEnv({ ...full, OIDC_USERNAME_CLAIM: 'employee_id', OIDC_JWKS_CACHE_SECONDS: '60' })).toMatchObject({ usernameClaim: 'employee_id', jwksCacheSeconds: 60 });
  });

  it.each(['OIDC_ISSUER', 'OIDC_JWKS_URI', 'OIDC_AUDIENCE'] as const)('refuses to start without %s once the others are set', (name) => {
    expect(() => oidcConfigFromEnv({ ...full, [name]: '' })).toThrow(name);
  });

  it('refuses a key set URL that is not http(s) and a bad cache time', () => {
    expect(() => oidcConfigFromEnv({ ...full, OIDC_JWKS_URI: 'file:///etc/keys' })).toThrow('OIDC_JWKS_URI');
    expect(() => oidcConfigFromEnv({ ...full, OIDC_JWKS_CACHE_SECONDS: '0' })).toThrow('OIDC_JWKS_CACHE_SECONDS');
  });

  describe('the login page’s code flow', () => {
    const endpoints = { OIDC_AUTHORIZATION_ENDPOINT: 'https://id.example/authorize', OIDC_TOKEN_ENDPOINT: 'https://id.example/token' };

    it('is on with both endpoints, asking for openid and profile unless told otherwise', () => {
      expect(oidcConfigFromEnv({ ...full, ...endpoints })?.codeFlow).toEqual({ authorizationEndpoint: 'https://id.example/authorize', tokenEndpoint: 'https://id.example/token', scope: 'openid profile', clientSecret: undefined });
      expect(oidcConfigFromEnv({ ...full, ...endpoints, OIDC_SCOPE: ' openid  email ', OIDC_CLIENT_SECRET: 's3cret' })?.codeFlow).toMatchObject({ scope: 'openid email', clientSecret: 's3cret' });
    });

    it.each(['OIDC_AUTHORIZATION_ENDPOINT', 'OIDC_TOKEN_ENDPOINT'] as const)('refuses to start without %s once the other is set', (name) => {
      expect(() => oidcConfigFromEnv({ ...full, ...endpoints, [name]: '' })).toThrow(name);
    });

    it('refuses endpoints that are not http(s) and a scope without openid', () => {
      expect(() => oidcConfigFromEnv({ ...full, ...endpoints, OIDC_TOKEN_ENDPOINT: 'javascript:alert(1)' })).toThrow('OIDC_TOKEN_ENDPOINT');
      expect(() => oidcConfigFromEnv({ ...full, ...endpoints, OIDC_SCOPE: 'profile' })).toThrow('OIDC_SCOPE');
    });
  });
});
