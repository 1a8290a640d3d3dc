import { ApiProperty } from '@nestjs/swagger';
import { DeathResponse } from '../../deaths/dto/register-death.dto';
import { DivorceDto } from '../../divorces/dto/divorce.dto';
import { FuneralBenefitDto } from '../../funeral-benefits/dto/funeral-benefit.dto';
import { MarriageDto } from '../../marriages/dto/marriage.dto';

/** What civil registration holds on one person (一人一档): civil status, death and funeral benefit. */
export class CivilRegistrationPerson {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张秀英', nullable: true, type: String, description: 'As recorded at the death (marriages record no names).' }) name: string | null;
  @ApiProperty({ enum: ['MARRIED', 'NOT_MARRIED'], example: 'MARRIED', description: 'MARRIED while a marriage of the person is ACTIVE in the register.' }) maritalStatus: string;
  @ApiProperty({ type: [MarriageDto], description: 'Oldest first.' }) marriages: MarriageDto[];
  @ApiProperty({ type: [DivorceDto], description: 'Divorce applications with their state today, oldest first.' }) divorces: DivorceDto[];
  @ApiProperty({ type: DeathResponse, nullable: true }) death: DeathResponse | null;
  @ApiProperty({ type: [FuneralBenefitDto] }) funeralBenefits: FuneralBenefitDto[];
}

/** A death record whose name matches the search (marriages and divorces record no names). */
export class PersonSearchItem {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张秀英' }) name: string;
  @ApiProperty({ enum: ['DEATH'], example: 'DEATH', description: 'DEATH: the death record recordId.' }) record: 'DEATH';
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) recordId: string;
  @ApiProperty({ example: '110105', description: 'Division of the office that recorded it.' }) divisionCode: string;
}
