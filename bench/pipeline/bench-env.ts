import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { deleteRedisKeys } from '../../test/support/global-teardown';

/** A private vhost and databases for one benchmark run, removed at the end. */
export class BenchEnvironment {
  readonly id = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  readonly vhost = `cap-bench-${this.id}`;
  readonly amqpUrl = `amqp://guest:guest@127.0.0.1:5672/${encodeURIComponent(this.vhost)}`;
  private readonly databases: string[] = [];

  async setUp(): Promise<void> {
    execFileSync('rabbitmqctl', ['add_vhost', this.vhost], { stdio: 'ignore' });
    execFileSync('rabbitmqctl', ['set_permissions', '-p', this.vhost, 'guest', '.*', '.*', '.*'], { stdio: 'ignore' });
  }

  async database(purpose: string): Promise<string> {
    const name = `cap_bench_${this.id}_${purpose}`;
    await admin(`CREATE DATABASE "${name}"`);
    this.databases.push(name);
    return name;
  }

  async tearDown(): Promise<void> {
    try {
      execFileSync('rabbitmqctl', ['delete_vhost', this.vhost], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    for (const name of this.databases) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await deleteRedisKeys(`cap-bench:${this.id}:*`);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
