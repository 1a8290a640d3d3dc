import { Global, Module } from '@nestjs/common';
import { PolicyService } from './policy.service';

/**
 * PolicyService on the service's own DataSource (from TypeOrmModule.forRoot). The service adds
 * PolicyParameter and CreatePolicyParameter1732780800000 to its entities and migrations.
 */
@Global()
@Module({
  providers: [PolicyService],
  exports: [PolicyService],
})
export class PolicyModule {}
