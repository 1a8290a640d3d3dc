import { jwtSecretFromEnv } from '@app/common/auth/auth-config';
import { signToken } from '@app/common/auth/jwt';
import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import type { ConsoleUser } from '../users/user.entity';
import { principalOf } from '../users/user-view';

export const SERVICE_TOKEN_SECRET = Symbol('SERVICE_TOKEN_SECRET');

/** JWT_SECRET, the secret the services verify with; refuses to start in production on the local-development default. */
export const serviceTokenSecretProvider = { provide: SERVICE_TOKEN_SECRET, useFactory: () => jwtSecretFromEnv() };

/**
 * Mints the bearer token of one proxied call: the claims the services verify (sub = username,
 * roles, division), read from the user's row at this request, so a change of roles or division
 * counts from the next call, and valid for CONSOLE_SERVICE_TOKEN_TTL only. The token never
 * reaches the browser. Its iat/exp are wall-clock time, as the services check them.
 */
@Injectable()
export class ServiceTokenMinter {
  constructor(
    @Inject(SERVICE_TOKEN_SECRET) private readonly secret: string,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  mint(user: Pick<ConsoleUser, 'username' | 'roles' | 'division'>): string {
    return signToken(principalOf(user), { secret: this.secret, expiresIn: this.config.serviceTokenTtlSeconds });
  }
}
