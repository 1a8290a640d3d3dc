import { Module } from '@nestjs/common';
import { PayablesConsumer } from './payables.consumer';
import { PayablesController } from './payables.controller';
import { PayablesQueries } from './payables.queries';
import { PayablesService } from './payables.service';

@Module({
  controllers: [PayablesConsumer, PayablesController],
  providers: [PayablesService, PayablesQueries],
})
export class PayablesModule {}
