import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CARE_FORMS, type CareForm } from '../../children/child.entity';

export class PayrollMonthDto {
  @ApiProperty({ example: '2024-08' })
  @IsYearMonth()
  month!: string;
}

export class CareFormDto {
  @ApiProperty({ enum: CARE_FORMS, description: '分散养育 DISPERSED or 集中养育 CENTRAL; payroll lines not yet made use the new standard' })
  @IsIn(CARE_FORMS)
  careForm!: CareForm;
}
