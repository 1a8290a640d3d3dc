import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/claims';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ADMIN, READERS } from '../auth/roles';
import { Roles } from '../auth/roles.decorator';
import { CreatedAt } from '../http/created-location.interceptor';
import { ProblemException } from '../http/problem';
import { pageFromList, type Page } from '../http/page-query.dto';
import { ApiPageResponse } from '../http/page-response';
import { Clock } from '../time/clock';
import { AddPolicyParameterDto, EndOpenPeriodDto, PolicyInForceQuery, PolicyKeysQuery, PolicyPeriodsQuery } from './dto/policy-parameter.dto';
import { PolicyInForceResponse, PolicyKeySummaryResponse, PolicyRowResponse } from './dto/policy-response.dto';
import type { PolicyKeySummary } from './policy-key-summary';
import { PolicyService, type StoredPolicyRow } from './policy.service';
import { PolicyOverlapError } from './value-in-force';

/**
 * Every service's policy parameters (standards, tiers, amounts) with their effective periods.
 * Reading is open to any authenticated user; changing a figure is for administrators. A figure is
 * stored only under a key of the service's catalogue and only when its value fits the key's schema.
 */
@ApiTags('policy parameters')
@ApiBearerAuth()
@Controller('api/v1/policy-parameters')
export class PolicyController {
  constructor(
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  /** Every key of the service's catalogue, paged, with the period in force on the date (today by default) and the next one. */
  @Get('keys')
  @Roles(...READERS)
  @ApiPageResponse(PolicyKeySummaryResponse, "The catalogue's keys by name, each with its period in force on the date and the next one.")
  keys(@Query() query: PolicyKeysQuery): Promise<Page<PolicyKeySummary<StoredPolicyRow>>> {
    return this.policy.keySummaries(query.date ?? this.clock.today(), query);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(PolicyRowResponse, 'The periods of the key, oldest first')
  async list(@Query() query: PolicyPeriodsQuery): Promise<Page<StoredPolicyRow>> {
    // A key has a handful of periods, read whole (and cached) for every look-up anyway.
    return pageFromList(await this.policy.rows(query.key), query);
  }

  @Get('in-force')
  @Roles(...READERS)
  @ApiResponse({ status: 200, type: PolicyInForceResponse, description: 'The value of the key in force on the date' })
  @ApiResponse({ status: 409, description: 'POLICY.OVERLAP: more than one period covers the date' })
  @ApiResponse({ status: 400, description: 'POLICY.UNKNOWN_KEY: the key is not in this service\'s policy catalogue (field `key`)' })
  @ApiResponse({ status: 503, description: 'POLICY.NOT_IN_FORCE: no value in force on the date; POLICY.STORED_VALUE_INVALID: the stored value does not fit the key\'s schema (`key` and `date` in the problem)' })
  async inForce(@Query() query: PolicyInForceQuery): Promise<PolicyInForceResponse> {
    try {
      return { key: query.key, date: query.date, value: await this.policy.lookUp(query.key, query.date) };
    } catch (err) {
      if (err instanceof PolicyOverlapError) {
        throw new ProblemException({ status: 409, code: 'POLICY.OVERLAP', detail: err.message });
      }
      throw err;
    }
  }

  @Post()
  @Roles(ADMIN)
  // Periods are read by key; the list of the key's periods shows the new one.
  @CreatedAt('/api/v1/policy-parameters?key={key}')
  @ApiResponse({ status: 201, type: PolicyRowResponse, description: 'The period stored' })
  @ApiResponse({ status: 400, description: 'POLICY.UNKNOWN_KEY (field `key`), POLICY.INVALID_VALUE (field `value`: the value does not fit the key\'s schema), POLICY.INVALID_PERIOD, VALIDATION.FAILED; nothing is stored' })
  @ApiResponse({ status: 409, description: 'POLICY.OVERLAP: the period shares a day with one already stored' })
  add(@Body() body: AddPolicyParameterDto, @CurrentPrincipal() principal: Principal): Promise<StoredPolicyRow> {
    return this.policy.add(body, principal);
  }

  @Post('end-open-period')
  @Roles(ADMIN)
  @HttpCode(200)
  @ApiResponse({ status: 200, type: PolicyRowResponse, description: 'The period, now with its last day' })
  @ApiResponse({ status: 409, description: 'POLICY.NO_OPEN_PERIOD: the key has no open-ended period' })
  endOpenPeriod(@Body() body: EndOpenPeriodDto, @CurrentPrincipal() principal: Principal): Promise<StoredPolicyRow> {
    return this.policy.endOpenPeriod(body.key, body.lastDay, principal);
  }
}
