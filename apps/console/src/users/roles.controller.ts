import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ASSIGNABLE_ROLES, CONSOLE_ADMIN_ROLE } from './assignable-roles';
import { RoleDto } from './dto/user.dto';

@ApiTags('users')
@Controller('api/roles')
export class RolesController {
  @Get()
  @Roles(CONSOLE_ADMIN_ROLE)
  @ApiOkResponse({ type: [RoleDto], description: 'The roles an admin can give a user.' })
  list(): RoleDto[] {
    return ASSIGNABLE_ROLES.map((role) => ({ role }));
  }
}
