import { ApiProperty } from '@nestjs/swagger';

/** A death matched in a department's file that was not recorded, and why. */
export class RefusedDeathReportDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' })
  id: string;
  @ApiProperty({ example: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c2', description: 'The line of the department file.' })
  matchId: string;
  @ApiProperty({ example: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c1', description: 'The department file.' })
  importId: string;
  @ApiProperty({ example: '11010519491231002X' })
  residentId: string;
  @ApiProperty({ example: '张秀英' })
  name: string;
  @ApiProperty({ example: '2024-07-10', description: 'The date of death the file gave.' })
  dateOfDeath: string;
  @ApiProperty({ example: '110105', description: 'Division of the public security office that cancelled the registration.' })
  divisionCode: string;
  @ApiProperty({ example: 'DEATH.DATE_IN_FUTURE', description: 'The code a clerk’s report would be refused with: DEATH.INVALID_RESIDENT_ID, DEATH.DATE_IN_FUTURE, DEATH.DATE_BEFORE_BIRTH, DEATH.BURIAL_NOT_EXEMPT.' })
  code: string;
  @ApiProperty({ example: 'dateOfDeath', description: 'The field at fault.' })
  field: string;
  @ApiProperty({ example: 'The date of death is in the future.' })
  detail: string;
  @ApiProperty({ example: '2024-07-11T02:00:00.000Z' })
  receivedAt: string;
  @ApiProperty({ example: 'data-exchange:7e2f4a10-1c3d-4b5e-8f60-718293a4b5c1', description: 'The system that recorded it: the department file it came from.' })
  recordedBy: string;
}
