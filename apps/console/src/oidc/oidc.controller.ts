import { Public } from '@app/common/auth/public.decorator';
import { Body, Controller, HttpCode, Inject, Injectable, Post, Req, Res, UseGuards, type CanActivate } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsJWT, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { SessionDto } from '../sessions/dto/session.dto';
import { SessionHandover } from '../sessions/session-handover';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { OidcService, oidcNotConfigured } from './oidc.service';

export class OidcLoginDto {
  @ApiProperty({ description: 'The ID token the provider issued to the browser (authorization code flow with PKCE).' })
  @IsJWT()
  @MaxLength(16_384)
  idToken: string;
}

/** 404 before the body is even validated: a console without OIDC has no such login. */
@Injectable()
class OidcConfiguredGuard implements CanActivate {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  canActivate(): boolean {
    if (!this.config.oidc) throw oidcNotConfigured();
    return true;
  }
}

@ApiTags('session')
@Controller('api/session/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly handover: SessionHandover,
  ) {}

  @Post()
  @Public()
  @UseGuards(OidcConfiguredGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto, description: 'Logged in; the session cookie is set.' })
  @ApiResponse({ status: 404, description: 'AUTH.OIDC_NOT_CONFIGURED' })
  @ApiResponse({ status: 401, description: 'AUTH.OIDC_INVALID_TOKEN, AUTH.OIDC_UNKNOWN_USER' })
  @ApiResponse({ status: 403, description: 'AUTH.DISABLED' })
  @ApiResponse({ status: 502, description: 'AUTH.OIDC_PROVIDER_UNAVAILABLE' })
  async login(@Body() dto: OidcLoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return this.handover.handOver(req, res, await this.oidc.login(dto.idToken));
  }
}
