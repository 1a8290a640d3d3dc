import { ServiceKitModule } from '@app/service-kit';
import { Module } from '@nestjs/common';
import { CoveredPeopleModule } from './covered-people/covered-people.module';
import { ImportsModule } from './imports/imports.module';
import { SERVICE } from './service.definition';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE), CoveredPeopleModule, ImportsModule],
})
export class AppModule {}
