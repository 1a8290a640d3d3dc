import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AssessmentsService } from '../assessments/assessments.service';
import { HomeCareBedsService } from '../home-care/home-care-beds.service';
import { OrdersService } from '../home-care/orders.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { ASSESSOR } from '../roles';
import { ElderAdmissionDto, ElderAssessmentDto, ElderFile, ElderHomeCareBedDto, ElderListItem, ElderListQuery, ElderOrderDto } from './dto/elder-registry.dto';
import { ElderRegistryQueries } from './elder-registry.query';

/**
 * The registry as the console works it: a page of the caller's division and one elder by the
 * opaque id, so that no resident ID travels in an address; an assessment or a home care order
 * for the elder of the page. Resident IDs and names are masked on the way out.
 */
@ApiTags('elders')
@ApiBearerAuth()
@Controller('api/v1/elders')
export class ElderRegistryController {
  constructor(
    private readonly registry: ElderRegistryQueries,
    private readonly assessments: AssessmentsService,
    private readonly orders: OrdersService,
    private readonly institutions: InstitutionsService,
    private readonly homeCareBeds: HomeCareBedsService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(ElderListItem, 'Elders registered in the caller’s division (or the township or village asked for), by name.')
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the township or village lies outside the caller’s division.' })
  list(@Query() query: ElderListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ElderListItem>> {
    return this.registry.list(query, principal);
  }

  @Get('records/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: ElderFile, description: 'The elder’s registry entry, allowances and subsidies, assessments, home care and stays.' })
  @ApiResponse({ status: 404, description: 'ELDER.NOT_FOUND' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  file(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ElderFile> {
    return this.registry.file(id, principal);
  }

  /** The 26-item sheet (GB/T 42195-2022) for the elder of the page; as POST /api/v1/assessments. */
  @Post('records/:id/assessments')
  @Roles(ASSESSOR, ...RECORDERS)
  async assess(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ElderAssessmentDto, @CurrentPrincipal() principal: Principal) {
    const elder = await this.registry.elder(id, principal);
    return this.assessments.record({ ...dto, residentId: elder.residentId }, principal);
  }

  /** A home care order for the elder of the page; as POST /api/v1/home-care/orders. */
  @Post('records/:id/home-care-orders')
  @Roles(...RECORDERS)
  async order(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ElderOrderDto, @CurrentPrincipal() principal: Principal) {
    const elder = await this.registry.elder(id, principal);
    return this.orders.create({ itemCode: dto.itemCode, residentId: elder.residentId }, principal);
  }

  /** Admission of the elder to a given or the first free bed; as POST /api/v1/institutions/:id/admissions. */
  @Post('records/:id/admissions')
  @Roles(...RECORDERS)
  async admit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ElderAdmissionDto, @CurrentPrincipal() principal: Principal) {
    const elder = await this.registry.elder(id, principal);
    const { institutionId, ...admission } = dto;
    return this.institutions.admit(institutionId, { ...admission, residentId: elder.residentId }, principal);
  }

  /** 家庭养老床位 for the elder; as POST /api/v1/home-care/beds. */
  @Post('records/:id/home-care-beds')
  @Roles(...RECORDERS)
  async contractBed(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ElderHomeCareBedDto, @CurrentPrincipal() principal: Principal) {
    const elder = await this.registry.elder(id, principal);
    return this.homeCareBeds.create({ ...dto, residentId: elder.residentId }, principal);
  }
}
