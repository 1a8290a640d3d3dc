import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { ADMIN, READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Clock } from '@app/common/time/clock';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogueService } from './catalogue.service';
import { AddCatalogueItemsDto, CatalogueItemResponse, CatalogueQueryDto } from './dto/home-care.dto';
import type { HomeCareItem } from './home-care-item.entity';
import { pageFromList, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

@ApiTags('home-care')
@ApiBearerAuth()
@Controller('api/v1/home-care/catalogue')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly clock: Clock,
  ) {}

  /** Adds catalogue rows, all or none (reference data: seeds/reference/home-care-catalogue.json). */
  @Post()
  @Roles(ADMIN)
  async add(@Body() dto: AddCatalogueItemsDto, @CurrentPrincipal() principal: Principal) {
    return this.catalogue.add(dto, principal);
  }

  /** The items in force on `on` (default today). */
  @Get()
  @Roles(...READERS)
  @ApiPageResponse(CatalogueItemResponse, 'The items in force on the day, by code.')
  async list(@Query() query: CatalogueQueryDto): Promise<Page<HomeCareItem>> {
    // The catalogue ("10+N" items) is read whole to pick each code's period in force.
    return pageFromList(await this.catalogue.inForce(query.on ?? this.clock.today()), query);
  }
}
