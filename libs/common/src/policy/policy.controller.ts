import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/claims';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ADMIN, READERS } from '../auth/roles';
import { Roles } from '../auth/roles.decorator';
import { ProblemException } from '../http/problem';
import { AddPolicyParameterDto, EndOpenPeriodDto, PolicyInForceQuery, PolicyKeyQuery } from './dto/policy-parameter.dto';
import { PolicyService, type StoredPolicyRow } from './policy.service';
import { PolicyNotFoundError, PolicyOverlapError } from './value-in-force';

/**
 * Every service's policy parameters (standards, tiers, amounts) with their effective periods.
 * Reading is open to any authenticated user; changing a figure is for administrators.
 */
@ApiTags('policy parameters')
@ApiBearerAuth()
@Controller('api/v1/policy-parameters')
export class PolicyController {
  constructor(private readonly policy: PolicyService) {}

  @Get()
  @Roles(...READERS)
  list(@Query() query: PolicyKeyQuery): Promise<StoredPolicyRow[]> {
    return this.policy.rows(query.key);
  }

  @Get('in-force')
  @Roles(...READERS)
  async inForce(@Query() query: PolicyInForceQuery): Promise<{ key: string; date: string; value: unknown }> {
    try {
      return { key: query.key, date: query.date, value: await this.policy.valueInForce(query.key, query.date) };
    } catch (err) {
      if (err instanceof PolicyNotFoundError) {
        throw new ProblemException({ status: 404, code: 'POLICY.NOT_IN_FORCE', detail: err.message });
      }
      if (err instanceof PolicyOverlapError) {
        throw new ProblemException({ status: 409, code: 'POLICY.OVERLAP', detail: err.message });
      }
      throw err;
    }
  }

  @Post()
  @Roles(ADMIN)
  add(@Body() body: AddPolicyParameterDto, @CurrentPrincipal() principal: Principal): Promise<StoredPolicyRow> {
    return this.policy.add(body, principal);
  }

  @Post('end-open-period')
  @Roles(ADMIN)
  @HttpCode(200)
  endOpenPeriod(@Body() body: EndOpenPeriodDto, @CurrentPrincipal() principal: Principal): Promise<StoredPolicyRow> {
    return this.policy.endOpenPeriod(body.key, body.lastDay, principal);
  }
}
