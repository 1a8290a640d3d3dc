import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PAYMENT_READERS } from '../payments-roles';
import { RecoveryItem, RecoveryListQuery } from './dto/recovery.dto';
import { RecoveriesService } from './recoveries.service';

@ApiTags('recoveries')
@ApiBearerAuth()
@Controller('api/v1/recoveries')
export class RecoveriesController {
  constructor(private readonly recoveries: RecoveriesService) {}

  @Get()
  @Roles(...PAYMENT_READERS)
  @ApiPageResponse(RecoveryItem, 'Recovery (冲正) requests, the oldest first; ?state=HELD lists those whose payee has no confirmed, usable account to debit.')
  list(@Query() query: RecoveryListQuery): Promise<Page<RecoveryItem>> {
    return this.recoveries.list(query);
  }
}
