import { Public } from '@app/common/auth/public.decorator';
import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { sessionUserView } from '../users/user-view';
import { AllowPendingPasswordChange, Current, type CurrentSession } from './access.decorators';
import { LoginDto, SessionDto } from './dto/session.dto';
import { LoginService } from './login.service';
import { SessionCookie } from './session-cookie';
import { SessionHandover } from './session-handover';
import { SessionStore } from './session-store';

@ApiTags('session')
@Controller('api/session')
export class SessionController {
  constructor(
    private readonly logins: LoginService,
    private readonly handover: SessionHandover,
    private readonly sessions: SessionStore,
    private readonly cookie: SessionCookie,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto, description: 'Logged in; the session cookie is set.' })
  @ApiResponse({ status: 401, description: 'AUTH.INVALID_CREDENTIALS' })
  @ApiResponse({ status: 403, description: 'AUTH.DISABLED' })
  @ApiResponse({ status: 423, description: 'AUTH.LOCKED, with `lockedUntil`' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return this.handover.handOver(req, res, await this.logins.login(dto.username, dto.password));
  }

  @Get()
  @AllowPendingPasswordChange()
  @ApiOkResponse({ type: SessionDto })
  @ApiResponse({ status: 401, description: 'AUTH.NO_SESSION, AUTH.SESSION_EXPIRED' })
  current(@Current() current: CurrentSession): SessionDto {
    return { user: sessionUserView(current.user), csrfToken: current.session.csrfToken };
  }

  @Delete()
  @HttpCode(204)
  @AllowPendingPasswordChange()
  @ApiNoContentResponse({ description: 'Logged out; the session is deleted and the cookie cleared.' })
  async logout(@Current() current: CurrentSession, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.endByHash(current.session.idHash);
    this.cookie.clear(res);
  }
}
