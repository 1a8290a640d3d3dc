import { Module, type DynamicModule } from '@nestjs/common';
import type { AnyPolicyCatalogue } from './policy-catalogue';
import { POLICY_CATALOGUE, PolicyService } from './policy.service';

/**
 * PolicyService on the service's own DataSource (from TypeOrmModule.forRoot), reading and storing
 * through the service's catalogue. ServiceKitModule imports it once with the catalogue of the
 * service definition; it is global, so feature modules only inject PolicyService. The service adds
 * PolicyParameter and CreatePolicyParameter1732780800000 to its entities and migrations.
 */
@Module({})
export class PolicyModule {
  static forCatalogue(catalogue: AnyPolicyCatalogue): DynamicModule {
    return {
      module: PolicyModule,
      global: true,
      providers: [{ provide: POLICY_CATALOGUE, useValue: catalogue }, PolicyService],
      exports: [PolicyService, POLICY_CATALOGUE],
    };
  }
}
