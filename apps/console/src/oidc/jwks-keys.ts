import { Inject, Injectable, Logger } from '@nestjs/common';
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';

/** A key set is asked for again at most this often when a token names a key it does not hold. */
const MIN_REFETCH_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;

export class JwksUnavailableError extends Error {}

interface KeySet {
  keys: Map<string, KeyObject>;
  /** The only key, for a provider that does not name its keys (no `kid`). */
  single: KeyObject | undefined;
  fetchedAtMs: number;
}

/**
 * The provider's signing keys from OIDC_JWKS_URI, kept for OIDC_JWKS_CACHE_SECONDS and fetched
 * again early when a token names a key not yet seen (the provider rotated its keys). Freshness is
 * monotonic process time, not the Clock: it is about the network, not about business dates.
 */
@Injectable()
export class JwksKeys {
  private readonly logger = new Logger(JwksKeys.name);
  private cached: KeySet | undefined;

  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  /** The public key a token's header names; undefined when the provider has no such key. */
  async keyFor(kid: string | undefined): Promise<KeyObject | undefined> {
    const cacheMs = (this.config.oidc?.jwksCacheSeconds ?? 0) * 1000;
    if (!this.cached || performance.now() - this.cached.fetchedAtMs >= cacheMs) this.cached = await this.fetchKeys();
    let key = pick(this.cached, kid);
    if (!key && performance.now() - this.cached.fetchedAtMs >= MIN_REFETCH_MS) {
      this.cached = await this.fetchKeys();
      key = pick(this.cached, kid);
    }
    return key;
  }

  private async fetchKeys(): Promise<KeySet> {
    const uri = this.config.oidc?.jwksUri;
    if (!uri) throw new JwksUnavailableError('OIDC is not configured');
    let document: unknown;
    try {
      const response = await fetch(uri, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`status ${response.status}`);
      document = await response.json();
    } catch (err) {
      throw new JwksUnavailableError(`key set ${uri} could not be fetched: ${(err as Error).message}`);
    }
    const jwks = (document as { keys?: unknown }).keys;
    if (!Array.isArray(jwks)) throw new JwksUnavailableError(`key set ${uri} has no "keys" list`);
    return this.keySet(jwks as Array<JsonWebKey & { kid?: string; use?: string }>);
  }

  private keySet(jwks: Array<JsonWebKey & { kid?: string; use?: string }>): KeySet {
    const keys = new Map<string, KeyObject>();
    const usable: KeyObject[] = [];
    for (const jwk of jwks) {
      // Encryption keys and symmetric keys never verify an ID token here.
      if ((jwk.use !== undefined && jwk.use !== 'sig') || (jwk.kty !== 'RSA' && jwk.kty !== 'EC')) continue;
      try {
        const key = createPublicKey({ key: jwk, format: 'jwk' });
        usable.push(key);
        if (typeof jwk.kid === 'string') keys.set(jwk.kid, key);
      } catch (err) {
        this.logger.warn(`skipped an unreadable key ${jwk.kid ?? ''} of the OIDC key set: ${(err as Error).message}`);
      }
    }
    return { keys, single: usable.length === 1 ? usable[0] : undefined, fetchedAtMs: performance.now() };
  }
}

function pick(set: KeySet, kid: string | undefined): KeyObject | undefined {
  return kid === undefined ? set.single : set.keys.get(kid);
}
