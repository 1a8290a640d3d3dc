import { Module } from '@nestjs/common';
import { ProxyController } from './proxy.controller';
import { ProxyService } from './proxy.service';
import { ServiceTokenMinter, serviceTokenSecretProvider } from './service-token';

/** The backend-for-frontend: the UI reads and writes the services through it, with the user's token. */
@Module({ controllers: [ProxyController], providers: [ProxyService, ServiceTokenMinter, serviceTokenSecretProvider], exports: [ServiceTokenMinter] })
export class BffModule {}
