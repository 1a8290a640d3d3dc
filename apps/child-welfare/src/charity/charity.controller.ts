import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { CharityService } from './charity.service';
import { CreateCharityFundDto, GrantToChildDto, RecordDonationDto } from './dto/charity.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { CharityDonationView, CharityFundView, CharityGrantView } from './dto/charity-views.dto';

@ApiTags('charity')
@ApiBearerAuth()
@Controller('api/v1/charity-funds')
export class CharityController {
  constructor(private readonly charity: CharityService) {}

  @Post()
  @Roles(...CHILD_WRITE_ROLES)
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateCharityFundDto) {
    return this.charity.createFund(principal, dto);
  }

  @Get()
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(CharityFundView, 'Charity funds of the caller’s division.')
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.charity.funds(principal, query);
  }

  @Get(':fundId')
  @Roles(...CHILD_READ_ROLES)
  get(@CurrentPrincipal() principal: Principal, @Param('fundId', ParseUUIDPipe) fundId: string) {
    return this.charity.fund(principal, fundId);
  }

  @Post(':fundId/donations')
  @Roles(...CHILD_WRITE_ROLES)
  donate(@CurrentPrincipal() principal: Principal, @Param('fundId', ParseUUIDPipe) fundId: string, @Body() dto: RecordDonationDto) {
    return this.charity.recordDonation(principal, fundId, dto);
  }

  @Get(':fundId/donations')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(CharityDonationView, 'Donations received into the fund.')
  donations(@CurrentPrincipal() principal: Principal, @Param('fundId', ParseUUIDPipe) fundId: string, @Query() query: PageQuery) {
    return this.charity.donations(principal, fundId, query);
  }

  @Post(':fundId/grants')
  @Roles(...CHILD_WRITE_ROLES)
  grant(@CurrentPrincipal() principal: Principal, @Param('fundId', ParseUUIDPipe) fundId: string, @Body() dto: GrantToChildDto) {
    return this.charity.grantToChild(principal, fundId, dto);
  }

  @Get(':fundId/grants')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(CharityGrantView, 'Grants from the fund to children.')
  grants(@CurrentPrincipal() principal: Principal, @Param('fundId', ParseUUIDPipe) fundId: string, @Query() query: PageQuery) {
    return this.charity.grants(principal, fundId, query);
  }
}
