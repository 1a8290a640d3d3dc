import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { DatabaseConfig } from './database.config';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** Migrations, never `synchronize`: the schema of a running service changes only by migration. */
export function postgresOptions(config: DatabaseConfig, schema: SchemaParts): DataSourceOptions {
  return {
    type: 'postgres',
    host: config.host,
    port: config.port,
    username: config.user,
    password: config.password,
    database: config.database,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: config.poolSize,
    extra: { max: config.poolSize },
    logging: ['error', 'migration'],
  };
}
