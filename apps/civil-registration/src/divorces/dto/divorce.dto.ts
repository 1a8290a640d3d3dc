import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class ApplyForDivorceDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' })
  @IsUUID()
  marriageId: string;

  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'], description: 'Both spouses: the application is joint.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsResidentId({ each: true })
  partyResidentIds: string[];

  @ApiProperty({ example: true, description: 'Both parties appeared in person.' })
  @IsBoolean()
  bothPartiesPresent: boolean;

  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', description: 'The registration office or point receiving the application; open on the day.' })
  @IsUUID()
  officeId: string;
}

export class WithdrawDivorceDto {
  @ApiProperty({ example: '110105199001010033', description: 'The party who withdraws (either may, during cooling-off).' })
  @IsResidentId()
  residentId: string;
}

export class RegisterDivorceDto {
  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'], description: 'Both spouses must come for the certificate.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsResidentId({ each: true })
  partyResidentIds: string[];

  @ApiProperty({ example: true })
  @IsBoolean()
  bothPartiesPresent: boolean;

  @ApiPropertyOptional({
    example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10',
    description: 'The office or point issuing the certificate, open on the day. Left out: the office that received the application, where the parties usually come back.',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string;
}

export class DivorceDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03' })
  id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' })
  marriageId: string;
  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'] })
  partyResidentIds: string[];
  @ApiProperty({ enum: ['COOLING_OFF', 'AWAITING_CERTIFICATE', 'WITHDRAWN', 'DEEMED_WITHDRAWN', 'REGISTERED'], example: 'COOLING_OFF', description: 'State as of today by the service clock.' })
  state: string;
  @ApiProperty({ enum: ['APPLIED', 'WITHDRAWN', 'DEEMED_WITHDRAWN', 'REGISTERED'], example: 'APPLIED', description: 'Stored status.' })
  status: string;
  @ApiProperty({ example: '2024-03-01', description: 'Day the joint application was received.' })
  appliedOn: string;
  @ApiProperty({ example: '2024-03-31', description: 'Last day of cooling-off (it starts the day after receipt); withdrawal possible until then.' })
  coolingOffEndsOn: string;
  @ApiProperty({ example: '2024-04-30', description: 'Last day on which both parties may come for the certificate.' })
  certificateDeadline: string;
  @ApiProperty({ example: null, nullable: true, type: String })
  withdrawnOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  withdrawnByResidentId: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  registeredOn: string | null;
  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', nullable: true, type: String, description: 'Office or point that received the application; null for applications from before offices were kept.' })
  officeId: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Office or point where the divorce was registered.' })
  registrationOfficeId: string | null;
}

export class ExpiryRunDto {
  @ApiProperty({ example: true, description: 'False when another replica holds the job lock.' })
  ran: boolean;
  @ApiProperty({ example: 3 })
  deemedWithdrawn: number;
}
