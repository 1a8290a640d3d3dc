import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { HomeCareBedsController } from './home-care-beds.controller';
import { HomeCareBedsService } from './home-care-beds.service';
import { HomeCareListsController } from './home-care-lists.controller';
import { HomeCareListQueries } from './home-care-lists.query';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { ProvidersController } from './providers.controller';
import { ProvidersService } from './providers.service';
import { SettlementsController } from './settlements.controller';
import { SettlementsService } from './settlements.service';

/** Home care "10+N" (居家养老): catalogue, providers, orders, monthly settlements, home care beds. */
@Module({
  controllers: [CatalogueController, ProvidersController, OrdersController, SettlementsController, HomeCareBedsController, HomeCareListsController],
  providers: [CatalogueService, ProvidersService, OrdersService, SettlementsService, HomeCareBedsService, HomeCareListQueries],
  exports: [OrdersService, HomeCareBedsService],
})
export class HomeCareModule {}
