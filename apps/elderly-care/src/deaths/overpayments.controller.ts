import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Overpayment } from './overpayment.entity';
import { OverpaymentRecoveryService } from './overpayment-recovery.service';

class OverpaymentQueryDto {
  @ApiPropertyOptional({ enum: ['OPEN'], description: 'Only receivables still to recover' })
  @IsOptional()
  @IsIn(['OPEN'])
  status?: 'OPEN';
}

/**
 * The body of `POST /overpayments/search`: a person, whose ID never travels in a URL, and the
 * filter. The person is required: without one this read listed every division's overpayments
 * (the division's list is GET /work-lists/overpayments, scoped and paged).
 */
class PersonOverpaymentsSearchDto extends OverpaymentQueryDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

/** Overpayments (DOMAIN §8): what was paid for months after a stop, recovered (冲正) from the account it was paid to. */
@ApiTags('overpayments')
@ApiBearerAuth()
@Controller('api/v1/overpayments')
export class OverpaymentsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recoveries: OverpaymentRecoveryService,
  ) {}

  /**
   * A person's overpayments with their sum; a POST so the resident ID stays out of the URL. The
   * division's list, paged, is GET /work-lists/overpayments.
   */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  async search(@Body() filter: PersonOverpaymentsSearchDto) {
    const items = await this.dataSource.getRepository(Overpayment).find({
      where: { residentId: filter.residentId.toUpperCase(), ...(filter.status && { status: filter.status }) },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    return { totalFen: items.reduce((n, o) => n + o.amountFen, 0), items };
  }

  /** Puts the overpayment up for recovery from the payee's 一卡通 account; a second official approves. */
  @Post(':id/request-recovery')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiResponse({ status: 200, description: 'The overpayment, its recovery REQUESTED under a new recoveryId.' })
  @ApiResponse({ status: 404, description: 'OVERPAYMENT.NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'OVERPAYMENT.NOT_OPEN (already recovered), OVERPAYMENT.RECOVERY_OPEN (an attempt is requested or approved)' })
  requestRecovery(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<Overpayment> {
    return this.recoveries.request(id, principal);
  }

  /** Approves the requested recovery (not by who asked): it goes to payments as elderly-care.recovery.requested.v1. */
  @Post(':id/approve-recovery')
  @HttpCode(200)
  @Roles(...DECIDERS)
  @ApiResponse({ status: 200, description: 'The overpayment, its recovery APPROVED.' })
  @ApiResponse({ status: 403, description: 'OVERPAYMENT.RECOVERY_SAME_PERSON_APPROVAL (who asked cannot approve)' })
  @ApiResponse({ status: 404, description: 'OVERPAYMENT.NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'OVERPAYMENT.RECOVERY_NOT_REQUESTED' })
  approveRecovery(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<Overpayment> {
    return this.recoveries.approve(id, principal);
  }
}
