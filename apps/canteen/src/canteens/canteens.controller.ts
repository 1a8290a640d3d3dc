import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Canteen } from './canteen.entity';
import { CanteensService } from './canteens.service';
import { CreateCanteenDto } from './dto/create-canteen.dto';

@ApiTags('canteens')
@ApiBearerAuth()
@Controller('api/v1/canteens')
export class CanteensController {
  constructor(private readonly canteens: CanteensService) {}

  @Post()
  @Roles('official', 'admin')
  create(@Body() dto: CreateCanteenDto): Promise<Canteen> {
    return this.canteens.create(dto);
  }

  @Get()
  list(): Promise<Canteen[]> {
    return this.canteens.list();
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Canteen> {
    return this.canteens.get(id);
  }
}
