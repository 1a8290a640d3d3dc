import { Global, Module, type DynamicModule } from '@nestjs/common';
import { longJobsController } from './long-jobs.controller';
import { LongJobs } from './long-jobs.service';

/** Needs the service's DataSource and CreateLongJobs1767600000000 among its migrations. */
@Global()
@Module({})
export class LongJobsModule {
  /** `readers`: every role that may start one of the service's jobs, and the auditors. */
  static forReaders(readers: readonly string[]): DynamicModule {
    return { module: LongJobsModule, controllers: [longJobsController(readers)], providers: [LongJobs], exports: [LongJobs] };
  }
}
