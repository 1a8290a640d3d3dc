import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, ValidateNested } from 'class-validator';
import { IncomeDto } from '../../households/dto/household.dto';

export class IncomeChangeDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ type: [IncomeDto], description: 'The member’s incomes from now on (replace the previous ones).' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncomeDto)
  incomes: IncomeDto[];

  @ApiProperty({ example: true, description: 'The rise comes from work (employment, business): 渐退期 applies.' })
  @IsBoolean()
  throughWork: boolean;
}

export class IncomeChangeOutcome {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ example: '2025-03', description: 'First month the change applies to (next month).' }) effectiveMonth: string;
  @ApiProperty({ enum: ['CONTINUE', 'GRADUAL_EXIT', 'STOP'], example: 'GRADUAL_EXIT' }) decision: string;
  @ApiProperty({ example: '2025-09', nullable: true, type: String, description: 'First month no longer paid.' }) stopFromMonth: string | null;
  @ApiProperty({ example: '2025-08', nullable: true, type: String }) gradualExitUntil: string | null;
  @ApiProperty({ example: 63500, description: 'Monthly benefit from the first month the change applies to: the new amount (CONTINUE), the amount kept through 渐退期 (GRADUAL_EXIT), 0 (STOP).' }) benefitFen: number;
}
