// The services' root modules, for tools that read their metadata (nothing is started).
import { AppModule as CanteenModule } from '../../apps/canteen/src/app.module';
import { SERVICE as CanteenService } from '../../apps/canteen/src/service.definition';
import { AppModule as ChildWelfareModule } from '../../apps/child-welfare/src/app.module';
import { SERVICE as ChildWelfareService } from '../../apps/child-welfare/src/service.definition';
import { AppModule as CivilRegistrationModule } from '../../apps/civil-registration/src/app.module';
import { SERVICE as CivilRegistrationService } from '../../apps/civil-registration/src/service.definition';
import { AppModule as ElderlyCareModule } from '../../apps/elderly-care/src/app.module';
import { SERVICE as ElderlyCareService } from '../../apps/elderly-care/src/service.definition';
import { AppModule as PaymentsModule } from '../../apps/payments/src/app.module';
import { SERVICE as PaymentsService } from '../../apps/payments/src/service.definition';
import { AppModule as DataExchangeModule } from '../../apps/data-exchange/src/app.module';
import { SERVICE as DataExchangeService } from '../../apps/data-exchange/src/service.definition';
import { AppModule as SocialAssistanceModule } from '../../apps/social-assistance/src/app.module';
import { SERVICE as SocialAssistanceService } from '../../apps/social-assistance/src/service.definition';

export const SERVICE_MODULES: Array<{ name: string; module: unknown; description: string }> = [
  { name: 'civil-registration', module: CivilRegistrationModule, description: CivilRegistrationService.description },
  { name: 'social-assistance', module: SocialAssistanceModule, description: SocialAssistanceService.description },
  { name: 'elderly-care', module: ElderlyCareModule, description: ElderlyCareService.description },
  { name: 'child-welfare', module: ChildWelfareModule, description: ChildWelfareService.description },
  { name: 'canteen', module: CanteenModule, description: CanteenService.description },
  { name: 'payments', module: PaymentsModule, description: PaymentsService.description },
  { name: 'data-exchange', module: DataExchangeModule, description: DataExchangeService.description },
];
