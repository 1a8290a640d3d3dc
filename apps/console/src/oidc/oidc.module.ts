import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { JwksKeys } from './jwks-keys';
import { LoginOptionsController, OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

/** Optional login with an OpenID Connect provider's ID tokens (OIDC_* settings), and what the login page offers. */
@Module({ imports: [SessionsModule], controllers: [OidcController, LoginOptionsController], providers: [OidcService, JwksKeys] })
export class OidcModule {}
