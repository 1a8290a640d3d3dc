import { Client } from 'pg';
import type { DatabaseConfig } from './database.config';

const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505';

/**
 * Creates the service's database if it does not exist yet. Two replicas starting together may
 * both try; the loser's "already exists" error is expected and ignored.
 */
export async function ensureDatabase(config: DatabaseConfig): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(config.database)) {
    throw new Error(`Database name "${config.database}" must be lower-case letters, digits and underscores`);
  }
  const admin = new Client({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [config.database]);
    if (rowCount) return false;
    await admin.query(`CREATE DATABASE "${config.database}"`);
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
    throw err;
  } finally {
    await admin.end();
  }
}
