import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { JwksKeys } from './jwks-keys';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

/** Optional login with an OpenID Connect provider's ID tokens (OIDC_* settings). */
@Module({ imports: [SessionsModule], controllers: [OidcController], providers: [OidcService, JwksKeys] })
export class OidcModule {}
