import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class RegisterDinerDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: 'C-000123', description: 'Meal card number, unique across the city' })
  @Matches(/^[A-Za-z0-9-]{1,40}$/)
  cardNumber!: string;

  @ApiProperty({ example: '张秀英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a', description: 'Canteen where the diner registers; the card is valid at all' })
  @IsUUID()
  canteenId!: string;

  @ApiPropertyOptional({
    example: true,
    description:
      'Local household registration (户籍), as seen on the household booklet; only local residents get the meal subsidy. Absent: not confirmed yet, so full price until PUT /api/v1/diners/{id}/local-registration confirms it.',
  })
  @IsOptional()
  @IsBoolean()
  localRegistration?: boolean;
}
