import { Roles } from '@app/common/auth/roles.decorator';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Diner } from './diner.entity';
import { DinersService } from './diners.service';
import { RegisterDinerDto } from './dto/register-diner.dto';

/** Resident IDs leave masked (DOMAIN §9). */
function view(diner: Diner) {
  return { ...diner, residentId: maskResidentId(diner.residentId) };
}

@ApiTags('diners')
@ApiBearerAuth()
@Controller('api/v1/diners')
export class DinersController {
  constructor(private readonly diners: DinersService) {}

  @Post()
  @Roles('canteen-operator', 'official', 'admin')
  async register(@Body() dto: RegisterDinerDto) {
    return view(await this.diners.register(dto));
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return view(await this.diners.get(id));
  }
}
