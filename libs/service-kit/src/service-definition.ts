import type { SchemaParts } from '@app/common/database/typeorm-options';

/** What a service tells the kit about itself; everything else is shared wiring. */
export interface ServiceDefinition extends SchemaParts {
  /** Service name: queue prefix, event source, log and metric label. */
  name: string;
  /** Default database name (DB_NAME overrides it). */
  database: string;
  /** Default HTTP port (PORT overrides it). */
  port: number;
  /** One-line description for the OpenAPI document. */
  description: string;
}
