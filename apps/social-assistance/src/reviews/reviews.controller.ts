import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CaseResponse } from '../cases/dto/case.dto';
import { ReviewsService } from './reviews.service';

export class ReviewsDueQuery {
  @ApiPropertyOptional({ example: '2025-01-31', description: 'Due on or before this date; defaults to today.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string;
}

@ApiTags('dibao')
@ApiBearerAuth()
@Controller('api/v1/dibao/reviews-due')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: [CaseResponse], description: 'Open 低保 cases whose review is due, earliest first.' })
  due(@Query() query: ReviewsDueQuery, @CurrentPrincipal() principal: Principal): Promise<CaseResponse[]> {
    return this.reviews.due(query.asOf, principal);
  }
}
