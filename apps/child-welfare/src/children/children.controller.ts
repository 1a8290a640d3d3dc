import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { childView } from './child.view';
import { ChildrenService } from './children.service';
import { RegisterChildDto, UpdateGuardiansDto, UpdateSituationsDto } from './dto/register-child.dto';

@ApiTags('children')
@ApiBearerAuth()
@Controller('api/v1/children')
@Roles(...CHILD_READ_ROLES)
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Post()
  @Roles(...CHILD_WRITE_ROLES)
  async register(@CurrentPrincipal() principal: Principal, @Body() dto: RegisterChildDto) {
    const child = await this.children.register(principal, dto);
    return childView(child, child.categories);
  }

  @Get(':id')
  @Roles(...CHILD_READ_ROLES)
  async get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const { child, categoriesToday } = await this.children.get(principal, id);
    return childView(child, categoriesToday);
  }

  @Put(':id/guardians')
  @Roles(...CHILD_WRITE_ROLES)
  async updateGuardians(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateGuardiansDto) {
    const child = await this.children.updateGuardians(principal, id, dto);
    return childView(child, child.categories);
  }

  @Put(':id/situations')
  @Roles(...CHILD_WRITE_ROLES)
  async updateSituations(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSituationsDto) {
    const child = await this.children.updateSituations(principal, id, dto);
    return childView(child, child.categories);
  }
}
