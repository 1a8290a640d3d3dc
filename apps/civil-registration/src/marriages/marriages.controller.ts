import { READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CertificateReissueDto, MarriageChecksDto, MarriageChecksResultDto, MarriageDto, MarriageSearchDto, RegisterMarriageDto, ReissueCertificateDto } from './dto/marriage.dto';
import { MarriagesService } from './marriages.service';

@ApiTags('marriages')
@ApiBearerAuth()
@Controller('api/v1/marriages')
export class MarriagesController {
  constructor(private readonly marriages: MarriagesService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: MarriageDto, description: 'Registered; civil-registration.marriage.registered.v1 is emitted.' })
  @ApiResponse({
    status: 422,
    description: 'MARRIAGE.UNDER_LEGAL_AGE, MARRIAGE.ALREADY_MARRIED, MARRIAGE.SAME_PERSON, MARRIAGE.PARTY_DECEASED, MARRIAGE.PROHIBITED_KINSHIP, MARRIAGE.SAME_SEX, MARRIAGE.PARTIES_NOT_PRESENT.',
  })
  register(@Body() dto: RegisterMarriageDto, @CurrentPrincipal() principal: Principal): Promise<MarriageDto> {
    return this.marriages.register(dto, principal);
  }

  @Post('checks')
  @Roles(...RECORDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: MarriageChecksResultDto, description: 'Every marriage condition for the two as of today, passed or why not; nothing is stored.' })
  @ApiResponse({ status: 400, description: 'MARRIAGE.INVALID_RESIDENT_ID, VALIDATION.FAILED (field)' })
  check(@Body() dto: MarriageChecksDto): Promise<MarriageChecksResultDto> {
    return this.marriages.check(dto);
  }

  @Post(':id/certificate-reissues')
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CertificateReissueDto, description: '补领: a duplicate certificate was issued.' })
  reissue(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReissueCertificateDto, @CurrentPrincipal() principal: Principal): Promise<CertificateReissueDto> {
    return this.marriages.reissueCertificate(id, dto, principal);
  }

  /** The marriages of a person; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: [MarriageDto] })
  find(@Body() dto: MarriageSearchDto): Promise<MarriageDto[]> {
    return this.marriages.findByResident(dto.residentId);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: MarriageDto })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<MarriageDto> {
    return this.marriages.get(id);
  }
}
