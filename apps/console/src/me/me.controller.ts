import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AllowPendingPasswordChange, Current, type CurrentSession } from '../sessions/access.decorators';
import { ChangePasswordDto } from './change-password.dto';
import { MeService } from './me.service';

@ApiTags('me')
@Controller('api/me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Post('password')
  @HttpCode(204)
  @AllowPendingPasswordChange()
  @ApiNoContentResponse({ description: 'Changed; a pending password change is done; the user’s other sessions have ended.' })
  @ApiResponse({ status: 401, description: 'AUTH.INVALID_CREDENTIALS (field currentPassword)' })
  @ApiResponse({ status: 400, description: 'AUTH.WEAK_PASSWORD (field newPassword)' })
  changePassword(@Current() current: CurrentSession, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.me.changePassword(current, dto);
  }
}
