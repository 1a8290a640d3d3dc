import { envInt, envString } from '../config/env';

export interface DatabaseConfig {
  host: string;
  port: number;
  user: string;
  /** Local-development default: empty, for PostgreSQL's trust authentication on localhost. */
  password: string;
  database: string;
  poolSize: number;
}

/** Each service owns one database; DB_NAME overrides the service's default name. */
export function databaseConfigFromEnv(defaultDatabase: string): DatabaseConfig {
  return {
    host: envString('DB_HOST', '127.0.0.1'),
    port: envInt('DB_PORT', 5432),
    user: envString('DB_USER', 'postgres'),
    password: envString('DB_PASSWORD', ''),
    database: envString('DB_NAME', defaultDatabase),
    poolSize: envInt('DB_POOL_SIZE', 10),
  };
}
