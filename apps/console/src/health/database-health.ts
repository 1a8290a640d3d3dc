import { HealthRegistry } from '@app/common/health/health.registry';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The console is ready when its database answers; the services being down makes it degraded, not unready. */
@Injectable()
export class DatabaseHealth {
  constructor(dataSource: DataSource, health: HealthRegistry) {
    health.register({ name: 'database', check: async () => void (await dataSource.query('SELECT 1')) });
  }
}
