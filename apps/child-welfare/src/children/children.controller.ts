import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { ApiETag, ApiIfMatch, IfMatch, sendETag, type ExpectedVersions } from '@app/common/http/if-match';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { childView } from './child.view';
import { ChildrenService } from './children.service';
import { LedgerPageView, LedgerQuery } from './dto/ledger-query.dto';
import { RegisterChildDto, UpdateGuardiansDto, UpdateSituationsDto } from './dto/register-child.dto';
import { ChildHistoryQueries } from './child-history.query';
import { ChildHistoryEntryView } from './dto/child-history.dto';
import { LedgerQueries } from './ledger.query';

@ApiTags('children')
@ApiBearerAuth()
@Controller('api/v1/children')
@Roles(...CHILD_READ_ROLES)
export class ChildrenController {
  constructor(
    private readonly children: ChildrenService,
    private readonly ledger: LedgerQueries,
    private readonly changes: ChildHistoryQueries,
  ) {}

  @Post()
  @Roles(...CHILD_WRITE_ROLES)
  async register(@CurrentPrincipal() principal: Principal, @Body() dto: RegisterChildDto) {
    const child = await this.children.register(principal, dto);
    return childView(child, child.categories);
  }

  @Get()
  @Roles(...CHILD_READ_ROLES)
  @ApiOkResponse({ type: LedgerPageView, description: 'The ledger (台账): active children of the caller’s village, township or division, most at risk first, with the children per tier.' })
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the caller oversees no village or township, or a village/township filter lies outside it.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: LedgerQuery): Promise<LedgerPageView> {
    return this.ledger.list(principal, query);
  }

  @Get(':id')
  @Roles(...CHILD_READ_ROLES)
  @ApiETag()
  async get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { child, categoriesToday } = await this.children.get(principal, id);
    sendETag(res, child.version);
    return childView(child, categoriesToday);
  }

  /** 分类与风险等级变更记录: each change of the categories and of the tier, the latest first. */
  @Get(':id/history')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(ChildHistoryEntryView, 'The child’s category and risk tier changes, the latest first.')
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the child is outside the caller’s village or township.' })
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<ChildHistoryEntryView>> {
    return this.changes.page(principal, id, query);
  }

  @Put(':id/guardians')
  @Roles(...CHILD_WRITE_ROLES)
  @ApiIfMatch('child')
  async updateGuardians(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateGuardiansDto,
    @IfMatch() expected: ExpectedVersions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const child = await this.children.updateGuardians(principal, id, dto, expected);
    sendETag(res, child.version);
    return childView(child, child.categories);
  }

  @Put(':id/situations')
  @Roles(...CHILD_WRITE_ROLES)
  @ApiIfMatch('child')
  async updateSituations(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateSituationsDto,
    @IfMatch() expected: ExpectedVersions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const child = await this.children.updateSituations(principal, id, dto, expected);
    sendETag(res, child.version);
    return childView(child, child.categories);
  }
}
