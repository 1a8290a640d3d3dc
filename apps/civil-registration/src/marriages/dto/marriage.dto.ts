import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsUUID } from 'class-validator';
import { KINSHIPS, MARRIAGE_CONDITIONS } from '../rules/marriage-eligibility.rule';

export const MARRIAGE_KINDS = ['REGISTRATION', 'RETROACTIVE', 'REMARRIAGE'] as const;

export class RegisterMarriageDto {
  @ApiProperty({ enum: MARRIAGE_KINDS, example: 'REGISTRATION', description: 'REGISTRATION, RETROACTIVE (补办) or REMARRIAGE (复婚). A certificate re-issue (补领) is POST /api/v1/marriages/{id}/certificate-reissues.' })
  @IsIn(MARRIAGE_KINDS)
  kind: (typeof MARRIAGE_KINDS)[number];

  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'], description: 'The two parties; sex and birth date come from the IDs.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsResidentId({ each: true })
  partyResidentIds: string[];

  @ApiProperty({ enum: ['NONE', 'LINEAL', 'COLLATERAL_WITHIN_THREE_GENERATIONS'], example: 'NONE', description: 'Kinship between the parties as they declared it.' })
  @IsIn(KINSHIPS)
  declaredKinship: (typeof KINSHIPS)[number];

  @ApiProperty({ example: true, description: 'Both parties appeared in person.' })
  @IsBoolean()
  bothPartiesPresent: boolean;

  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', description: 'The registration office or point where the marriage is registered (GET /api/v1/registration-offices); open on the day.' })
  @IsUUID()
  officeId: string;
}

export class ReissueCertificateDto {
  @ApiProperty({ example: '110105199001010033', description: 'The party asking for the duplicate certificate.' })
  @IsResidentId()
  requestedByResidentId: string;

  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', description: 'The registration office or point where the duplicate is issued (GET /api/v1/registration-offices); open on the day.' })
  @IsUUID()
  officeId: string;
}

/** The body of `POST /marriages/search`: the resident ID travels in the body, never in the URL. */
export class MarriageSearchDto {
  @ApiProperty({ example: '110105199001010033' })
  @IsResidentId()
  residentId: string;
}

export class MarriageDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' })
  id: string;
  @ApiProperty({ enum: MARRIAGE_KINDS, example: 'REGISTRATION' })
  kind: string;
  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'] })
  partyResidentIds: string[];
  @ApiProperty({ example: '2024-05-20' })
  registeredOn: string;
  @ApiProperty({ enum: ['ACTIVE', 'DISSOLVED'], example: 'ACTIVE' })
  status: string;
  @ApiProperty({ example: null, nullable: true, type: String })
  dissolvedOn: string | null;
  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', nullable: true, type: String, description: 'Office or point of registration; null for marriages recorded before offices were kept.' })
  officeId: string | null;
}

export class CertificateReissueDto {
  @ApiProperty({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11' })
  id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' })
  marriageId: string;
  @ApiProperty({ example: '110105199001010033' })
  requestedByResidentId: string;
  @ApiProperty({ example: '2024-08-01' })
  reissuedOn: string;
  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  officeId: string;
}

/** `POST /api/v1/marriages/checks`: the parties as they stand at the counter, before registering. */
export class MarriageChecksDto {
  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'], description: 'The two parties; sex and birth date come from the IDs.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsResidentId({ each: true })
  partyResidentIds: string[];

  @ApiProperty({ enum: ['NONE', 'LINEAL', 'COLLATERAL_WITHIN_THREE_GENERATIONS'], example: 'NONE' })
  @IsIn(KINSHIPS)
  declaredKinship: (typeof KINSHIPS)[number];

  @ApiProperty({ example: true })
  @IsBoolean()
  bothPartiesPresent: boolean;
}

export class MarriageCheckDto {
  @ApiProperty({ enum: MARRIAGE_CONDITIONS, example: 'MARRIAGE.UNDER_LEGAL_AGE', description: 'The condition, named by the refusal registering would give when it fails.' })
  code: (typeof MARRIAGE_CONDITIONS)[number];
  @ApiProperty({ example: true })
  passed: boolean;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Why it failed; null when it passed.' })
  detail: string | null;
  @ApiProperty({ enum: ['FIRST', 'SECOND'], example: null, nullable: true, description: 'The party a condition of one person failed for (the first when both); null otherwise.' })
  party: 'FIRST' | 'SECOND' | null;
}

export class MarriageChecksResultDto {
  @ApiProperty({ example: '2024-05-20', description: 'The day checked: today by the service clock, the day a registration now would carry.' })
  registeredOn: string;
  @ApiProperty({ example: true, description: 'Every condition passed: registering now would not be refused for them (the office must still be open).' })
  eligible: boolean;
  @ApiProperty({ type: [MarriageCheckDto], description: 'Every condition, in the order the registration checks them.' })
  checks: MarriageCheckDto[];
}
