import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CreateHomeCareBedDto, HomeCareSearchDto } from './dto/home-care.dto';
import { HomeCareBedsService } from './home-care-beds.service';

@ApiTags('home-care')
@ApiBearerAuth()
@Controller('api/v1/home-care/beds')
export class HomeCareBedsController {
  constructor(private readonly beds: HomeCareBedsService) {}

  @Post()
  @Roles(...RECORDERS)
  async create(@Body() dto: CreateHomeCareBedDto, @CurrentPrincipal() principal: Principal) {
    return this.beds.create(dto, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiResponse({ status: 404, description: 'HOME_CARE.BED_NOT_FOUND' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.beds.get(id, principal);
  }

  /** A person's home-care beds; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  async list(@Body() dto: HomeCareSearchDto) {
    return this.beds.listOf(dto.residentId);
  }
}
