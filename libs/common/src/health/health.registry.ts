import { Injectable } from '@nestjs/common';

export interface HealthCheck {
  name: string;
  /** Resolves when the dependency works; rejects (or times out) when it does not. */
  check(): Promise<void>;
}

/** Modules register the dependencies they need (database, broker, Redis); /health/ready asks them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks: HealthCheck[] = [];

  register(check: HealthCheck): void {
    this.checks.push(check);
  }

  async run(timeoutMs = 2_000): Promise<{ ok: boolean; checks: Record<string, { status: 'up' | 'down'; error?: string }> }> {
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), timeoutMs);
          return [name, { status: 'up' as const }] as const;
        } catch (err) {
          return [name, { status: 'down' as const, error: (err as Error).message }] as const;
        }
      }),
    );
    return { ok: results.every(([, r]) => r.status === 'up'), checks: Object.fromEntries(results) };
  }
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
