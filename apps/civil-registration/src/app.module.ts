import { ServiceKitModule } from '@app/messaging';
import { Module } from '@nestjs/common';
import { SERVICE } from './service.definition';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE)],
})
export class AppModule {}
