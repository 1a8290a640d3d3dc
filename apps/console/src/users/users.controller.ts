import { Roles } from '@app/common/auth/roles.decorator';
import { ApiETag, ApiIfMatch, IfMatch, sendETag, type ExpectedVersions } from '@app/common/http/if-match';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Current, type CurrentSession } from '../sessions/access.decorators';
import { CONSOLE_ADMIN_ROLE } from './assignable-roles';
import { CreatedUserDto, CreateUserDto, PasswordResetDto, UpdateUserDto, UserDto, UserListQuery } from './dto/user.dto';
import { principalOf, type UserView } from './user-view';
import { UserUpdateService } from './user-update.service';
import { UsersService } from './users.service';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

@ApiTags('users')
@ApiResponse({ status: 403, description: 'AUTH.FORBIDDEN: not an admin' })
@Roles(CONSOLE_ADMIN_ROLE)
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly updates: UserUpdateService,
  ) {}

  @Get()
  @ApiPageResponse(UserDto, 'Ordered by username.')
  list(@Query() query: UserListQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedUserDto, description: 'The user must change the one-time password at first login.' })
  @ApiResponse({ status: 409, description: 'USER.USERNAME_TAKEN (field username)' })
  @ApiResponse({ status: 400, description: 'USER.UNKNOWN_ROLE (field roles); VALIDATION.FAILED (e.g. field division)' })
  create(@Current() current: CurrentSession, @Body() dto: CreateUserDto): Promise<CreatedUserDto> {
    return this.users.create(principalOf(current.user), dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiResponse({ status: 404, description: 'USER.NOT_FOUND' })
  @ApiETag()
  async get(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<UserView> {
    const user = await this.users.get(id);
    sendETag(res, user.version);
    return user;
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiResponse({ status: 404, description: 'USER.NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'USER.LAST_ADMIN: the change would leave no enabled admin' })
  @ApiIfMatch('user')
  async update(
    @Current() current: CurrentSession,
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
    @IfMatch() expected: ExpectedVersions,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UserView> {
    const user = await this.updates.update(principalOf(current.user), id, dto, expected);
    sendETag(res, user.version);
    return user;
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetDto, description: 'The user’s sessions end; they must change the password at next login.' })
  @ApiResponse({ status: 404, description: 'USER.NOT_FOUND' })
  resetPassword(@Current() current: CurrentSession, @Param('id') id: string): Promise<PasswordResetDto> {
    return this.users.resetPassword(principalOf(current.user), id);
  }
}
