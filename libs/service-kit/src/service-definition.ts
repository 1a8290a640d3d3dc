import type { SchemaParts } from '@app/common/database/typeorm-options';
import type { AnyPolicyCatalogue } from '@app/common/policy/policy-catalogue';
import type { ConsumerDefaults } from '@app/messaging';

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
  /** The service's policy parameters (apps/<service>/src/policy-catalogue.ts): the only keys it reads and stores. */
  policies: AnyPolicyCatalogue;
  /** Roles besides the platform's readers that start the service's long jobs (a department's feed account), so they may watch them. */
  jobStarters?: readonly string[];
  /**
   * The largest JSON body the service takes (body-parser's notation, '512kb'), where a route takes
   * more than the platform's 100 kB: the canteen's batch of meals. Every route of the service may then
   * receive that much; the depth limit and the write rate limit still apply.
   */
  jsonBodyLimit?: string;
  /** The service's own consumer prefetch and batch size where its events are unusually large; the environment still wins. */
  messagingDefaults?: ConsumerDefaults;
}
