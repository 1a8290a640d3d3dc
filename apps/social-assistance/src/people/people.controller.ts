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
import { PersonSearchItem, SocialAssistancePerson } from './dto/person.dto';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

/** 一人一档: the person view of the console, and the name search that leads to it. */
@ApiTags('people')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('api/v1/people')
export class PeopleController {
  constructor(
    private readonly files: PersonFileQueries,
    private readonly searches: PersonSearchQueries,
  ) {}

  @Get()
  @ApiPageResponse(PersonSearchItem, 'Household members and vagrant intakes in the caller’s division whose name contains `name`, by name.')
  search(@Query() query: NameSearchQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PersonSearchItem>> {
    return this.searches.search(query, principal);
  }

  /** The person's file; a POST so the resident ID stays out of the URL. */
  @Post('file')
  @SearchRead()
  @HttpCode(200)
  @ApiOkResponse({ type: SocialAssistancePerson, description: 'Households, cases, enrollments, overpayments, temporary relief and vagrant cases of the person within the caller’s division.' })
  @ApiResponse({ status: 404, description: 'PERSON.NOT_FOUND: no record of the person.' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: records of the person exist, none within the caller’s division.' })
  file(@Body() request: PersonFileRequest, @CurrentPrincipal() principal: Principal): Promise<SocialAssistancePerson> {
    return this.files.file(request.residentId, principal);
  }
}
