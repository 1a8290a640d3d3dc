import { ServiceKitModule } from '@app/service-kit';
import { CemeteriesModule } from './cemeteries/cemeteries.module';
import { CeremoniesModule } from './ceremonies/ceremonies.module';
import { CounsellingModule } from './counselling/counselling.module';
import { Module } from '@nestjs/common';
import { DeathsModule } from './deaths/deaths.module';
import { EnrollmentsModule } from './enrollments/enrollments.module';
import { FuneralBenefitsModule } from './funeral-benefits/funeral-benefits.module';
import { PaymentOutcomesModule } from './payment-outcomes/payment-outcomes.module';
import { DivorcesModule } from './divorces/divorces.module';
import { MarriagesModule } from './marriages/marriages.module';
import { PeopleModule } from './people/people.module';
import { PlaceNamesModule } from './place-names/place-names.module';
import { RegistrationOfficesModule } from './registration-offices/registration-offices.module';
import { ReportsModule } from './reports/reports.module';
import { SERVICE } from './service.definition';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE), DeathsModule, FuneralBenefitsModule, PaymentOutcomesModule, EnrollmentsModule, MarriagesModule, DivorcesModule, PlaceNamesModule, ReportsModule, PeopleModule, RegistrationOfficesModule, CemeteriesModule, CeremoniesModule, CounsellingModule],
})
export class AppModule {}
