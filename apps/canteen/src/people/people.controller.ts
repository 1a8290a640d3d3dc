import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { NameSearchQuery, PersonFileRequest } from '@app/common/http/person-lookup';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CANTEEN_OPERATOR } from '../canteens/canteen-roles';
import { CanteenPerson, PersonSearchItem } from './dto/person.dto';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

/** 一人一档: the person view of the console, and the name search that leads to it. */
@ApiTags('people')
@ApiBearerAuth()
@Roles(...READERS, CANTEEN_OPERATOR)
@Controller('api/v1/people')
export class PeopleController {
  constructor(
    private readonly files: PersonFileQueries,
    private readonly searches: PersonSearchQueries,
  ) {}

  @Get()
  @ApiPageResponse(PersonSearchItem, 'Diners registered at canteens of the caller’s division whose name contains `name`, by name.')
  search(@Query() query: NameSearchQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PersonSearchItem>> {
    return this.searches.search(query, principal);
  }

  /** The person's file; a POST so the resident ID stays out of the URL. */
  @Post('file')
  @SearchRead()
  @HttpCode(200)
  @ApiOkResponse({ type: CanteenPerson, description: 'The diner, their newest meals with totals, and their 低保/特困 coverage.' })
  @ApiResponse({ status: 404, description: 'PERSON.NOT_FOUND: the person is not a diner.' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: registered at a canteen outside the caller’s division.' })
  file(@Body() request: PersonFileRequest, @CurrentPrincipal() principal: Principal): Promise<CanteenPerson> {
    return this.files.file(request.residentId, principal);
  }
}
