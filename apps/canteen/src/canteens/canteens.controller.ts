import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CANTEEN_OPERATOR } from './canteen-roles';
import { Canteen } from './canteen.entity';
import { CanteensService } from './canteens.service';
import { CreateCanteenDto } from './dto/create-canteen.dto';

/** Canteens hold no person: their `name` is a place's name. */
@ApiTags('canteens')
@ApiBearerAuth()
@NoPersonalData()
@Controller('api/v1/canteens')
export class CanteensController {
  constructor(private readonly canteens: CanteensService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the region lies outside the caller’s division' })
  create(@Body() dto: CreateCanteenDto, @CurrentPrincipal() principal: Principal): Promise<Canteen> {
    return this.canteens.create(dto, principal);
  }

  @Get()
  @Roles(...READERS, CANTEEN_OPERATOR)
  list(): Promise<Canteen[]> {
    return this.canteens.list();
  }

  @Get(':id')
  @Roles(...READERS, CANTEEN_OPERATOR)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Canteen> {
    return this.canteens.get(id);
  }
}
