import { Public } from '@app/common/auth/public.decorator';
import { Body, Controller, Get, HttpCode, Inject, Injectable, Post, Req, Res, UseGuards, type CanActivate } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsJWT, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { SessionDto } from '../sessions/dto/session.dto';
import { SessionHandover } from '../sessions/session-handover';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { OidcService, oidcNotConfigured } from './oidc.service';

/** The page of the UI the provider sends the browser back to (the `redirect_uri`). */
export const OIDC_CALLBACK_PATH = '/login/oidc';

export class OidcLoginDto {
  @ApiProperty({ description: 'The ID token the provider issued to the browser (authorization code flow with PKCE).' })
  @IsJWT()
  @MaxLength(16_384)
  idToken: string;
}

/** RFC 7636 §4.1: 43–128 unreserved characters. */
const PKCE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

export class OidcCodeDto {
  @ApiProperty({ description: 'The authorization code the provider sent the browser back with.' })
  @IsString()
  @Length(1, 4096)
  code: string;

  @ApiProperty({ description: 'The PKCE code verifier the browser drew before it went to the provider (43–128 characters).' })
  @Matches(PKCE_VERIFIER, { message: 'codeVerifier must be 43-128 letters, digits or - . _ ~' })
  codeVerifier: string;

  @ApiProperty({ example: 'https://console.bureau.example/login/oidc', description: `The redirect_uri the browser went with: the console's origin and ${OIDC_CALLBACK_PATH}.` })
  @MaxLength(2048)
  @Matches(/^https?:\/\/[^/?#\s]+\/login\/oidc$/, { message: `redirectUri must be the console's ${OIDC_CALLBACK_PATH} page` })
  redirectUri: string;

  @ApiProperty({ description: 'The nonce the browser sent to the provider; the ID token must carry it.' })
  @Matches(/^[A-Za-z0-9\-._~]{16,128}$/, { message: 'nonce must be 16-128 letters, digits or - . _ ~' })
  nonce: string;
}

export class OidcCodeFlowDto {
  @ApiProperty({ example: 'https://id.bureau.example/authorize', description: 'Where the browser goes to log in (OIDC_AUTHORIZATION_ENDPOINT).' })
  authorizationEndpoint: string;

  @ApiProperty({ example: 'civil-affairs-console', description: 'The console’s client_id at the provider (OIDC_AUDIENCE).' })
  clientId: string;

  @ApiProperty({ example: 'openid profile' })
  scope: string;
}

export class LoginOptionsDto {
  @ApiProperty({ type: OidcCodeFlowDto, nullable: true, description: 'The provider’s login, for the login page’s button; null when the console does not offer it.' })
  oidc: OidcCodeFlowDto | null;
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

/** As above, for the code exchange: it needs the provider's token endpoint too. */
@Injectable()
class OidcCodeFlowGuard implements CanActivate {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  canActivate(): boolean {
    if (!this.config.oidc?.codeFlow) throw oidcNotConfigured();
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

  @Post('code')
  @Public()
  @UseGuards(OidcCodeFlowGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto, description: 'The code redeemed at the provider’s token endpoint, its ID token verified (with the nonce); logged in, the session cookie is set.' })
  @ApiResponse({ status: 404, description: 'AUTH.OIDC_NOT_CONFIGURED (no OIDC_AUTHORIZATION_ENDPOINT / OIDC_TOKEN_ENDPOINT)' })
  @ApiResponse({ status: 401, description: 'AUTH.OIDC_CODE_REJECTED (the provider refused the code), AUTH.OIDC_INVALID_TOKEN, AUTH.OIDC_UNKNOWN_USER' })
  @ApiResponse({ status: 403, description: 'AUTH.DISABLED' })
  @ApiResponse({ status: 502, description: 'AUTH.OIDC_PROVIDER_UNAVAILABLE' })
  async loginWithCode(@Body() dto: OidcCodeDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return this.handover.handOver(req, res, await this.oidc.loginWithCode(dto));
  }
}

/** What the login page offers besides the password, asked before anyone is logged in. */
@ApiTags('session')
@Controller('api/session/login-options')
export class LoginOptionsController {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: LoginOptionsDto, description: 'No session needed. `oidc` is null unless OIDC and its login button are configured.' })
  options(): LoginOptionsDto {
    const oidc = this.config.oidc;
    if (!oidc?.codeFlow) return { oidc: null };
    return { oidc: { authorizationEndpoint: oidc.codeFlow.authorizationEndpoint, clientId: oidc.audience, scope: oidc.codeFlow.scope } };
  }
}
