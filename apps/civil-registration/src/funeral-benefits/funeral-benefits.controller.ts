import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ClaimantDto } from './dto/funeral-benefit-claim.dto';
import { FuneralBenefitPaymentsService } from './funeral-benefit-payments.service';
import { FuneralBenefitDto, FuneralBenefitSearchDto } from './dto/funeral-benefit.dto';
import { FuneralBenefitsService, type FuneralBenefitResponse } from './funeral-benefits.service';
import { FuneralBenefitDetailDto, FuneralBenefitLedgerItem, FuneralBenefitLedgerQuery } from './dto/funeral-benefit-ledger.dto';
import { FuneralBenefitLedger } from './funeral-benefit-ledger';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

@ApiTags('funeral benefits')
@ApiBearerAuth()
@Controller('api/v1/funeral-benefits')
export class FuneralBenefitsController {
  constructor(
    private readonly benefits: FuneralBenefitsService,
    private readonly payments: FuneralBenefitPaymentsService,
    private readonly ledger: FuneralBenefitLedger,
  ) {}

  /** The benefit granted for a deceased person; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: [FuneralBenefitDto], description: 'The funeral benefit granted for the deceased (at most one).' })
  find(@Body() dto: FuneralBenefitSearchDto): Promise<FuneralBenefitResponse[]> {
    return this.benefits.findByResident(dto.residentId);
  }

  @Get('ledger')
  @Roles(...READERS)
  @ApiPageResponse(FuneralBenefitLedgerItem, 'The benefits granted for deaths recorded within the caller’s division, the newest first.')
  page(@Query() query: FuneralBenefitLedgerQuery, @CurrentPrincipal() principal: Principal): Promise<Page<FuneralBenefitLedgerItem>> {
    return this.ledger.page(query, principal);
  }

  // After the fixed paths above: a UUID pipe would refuse them.
  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: FuneralBenefitDetailDto })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 404, description: 'FUNERAL_BENEFIT.NOT_FOUND' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<FuneralBenefitDetailDto> {
    return this.ledger.get(id, principal);
  }

  /** Records who receives the benefit: the next of kin handling the funeral (a clerk, the maker). */
  @Post(':id/claimant')
  @HttpCode(204)
  @Roles(...RECORDERS)
  @ApiNoContentResponse({ description: 'CLAIMED.' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 404, description: 'FUNERAL_BENEFIT.NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'FUNERAL_BENEFIT.ALREADY_APPROVED' })
  @ApiResponse({ status: 422, description: 'FUNERAL_BENEFIT.CLAIMANT_IS_DECEASED' })
  recordClaimant(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ClaimantDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.payments.recordClaimant(id, dto, principal);
  }

  /** Approves the payment (一卡通): civil-registration.payables.approved.v1 goes to payments. */
  @Post(':id/approve')
  @HttpCode(204)
  @Roles(...DECIDERS)
  @ApiNoContentResponse({ description: 'APPROVED; the payment line is published.' })
  @ApiResponse({ status: 403, description: 'FUNERAL_BENEFIT.SAME_PERSON_APPROVAL (who recorded the claimant cannot approve), AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 404, description: 'FUNERAL_BENEFIT.NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'FUNERAL_BENEFIT.NO_CLAIMANT, FUNERAL_BENEFIT.ALREADY_APPROVED' })
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.payments.approve(id, principal);
  }
}
