// The services' root modules, for tools that read their metadata (nothing is started).
import { AppModule as CanteenModule } from '../../apps/canteen/src/app.module';
import { AppModule as ChildWelfareModule } from '../../apps/child-welfare/src/app.module';
import { AppModule as CivilRegistrationModule } from '../../apps/civil-registration/src/app.module';
import { AppModule as ElderlyCareModule } from '../../apps/elderly-care/src/app.module';
import { AppModule as PaymentsModule } from '../../apps/payments/src/app.module';
import { AppModule as DataExchangeModule } from '../../apps/data-exchange/src/app.module';
import { AppModule as SocialAssistanceModule } from '../../apps/social-assistance/src/app.module';

export const SERVICE_MODULES: Array<{ name: string; module: unknown }> = [
  { name: 'civil-registration', module: CivilRegistrationModule },
  { name: 'social-assistance', module: SocialAssistanceModule },
  { name: 'elderly-care', module: ElderlyCareModule },
  { name: 'child-welfare', module: ChildWelfareModule },
  { name: 'canteen', module: CanteenModule },
  { name: 'payments', module: PaymentsModule },
  { name: 'data-exchange', module: DataExchangeModule },
];
