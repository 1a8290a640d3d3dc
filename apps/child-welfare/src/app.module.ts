import { ServiceKitModule } from '@app/messaging';
import { Module } from '@nestjs/common';
import { CategoriesModule } from './categories/categories.module';
import { ChildrenModule } from './children/children.module';
import { DeathsModule } from './deaths/deaths.module';
import { RiskModule } from './risk/risk.module';
import { SERVICE } from './service.definition';
import { VisitsModule } from './visits/visits.module';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE), CategoriesModule, RiskModule, ChildrenModule, VisitsModule, DeathsModule],
})
export class AppModule {}
