import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { NameSearchQuery, PersonFileRequest } from '@app/common/http/person-lookup';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES } from '../access/rules/division-access.rule';
import { ChildWelfarePerson, PersonSearchItem } from './dto/person.dto';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

/** 一人一档: the person view of the console, and the name search that leads to it. */
@ApiTags('people')
@ApiBearerAuth()
@Roles(...CHILD_READ_ROLES)
@Controller('api/v1/people')
export class PeopleController {
  constructor(
    private readonly files: PersonFileQueries,
    private readonly searches: PersonSearchQueries,
  ) {}

  @Get()
  @ApiPageResponse(PersonSearchItem, 'Children of the caller’s village, township or division whose name contains `name`, by name.')
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the caller oversees no village or township.' })
  search(@Query() query: NameSearchQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PersonSearchItem>> {
    return this.searches.search(query, principal);
  }

  /** The person's file; a POST so the resident ID stays out of the URL. */
  @Post('file')
  @SearchRead()
  @HttpCode(200)
  @ApiOkResponse({ type: ChildWelfarePerson, description: 'The person as a child in the ledger and as a parent or guardian of children, as far as the caller may see.' })
  @ApiResponse({ status: 404, description: 'PERSON.NOT_FOUND: no child or guardian record of the person.' })
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: records of the person exist, none the caller may see.' })
  file(@Body() request: PersonFileRequest, @CurrentPrincipal() principal: Principal): Promise<ChildWelfarePerson> {
    return this.files.file(request.residentId, principal);
  }
}
