import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

export class AccountNumberRuleDto {
  @ApiProperty({ example: [19], description: 'Allowed lengths in digits.' })
  @IsInt({ each: true })
  @Min(6, { each: true })
  @Max(32, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  lengths!: number[];

  @ApiProperty({ example: true, description: 'Whether the last digit is a Luhn check digit (UnionPay cards).' })
  @IsBoolean()
  luhn!: boolean;
}

export class LayoutVersionDto {
  @ApiProperty({ description: 'How a disbursement file is written: format, header, line and trailer fields (docs/payments.md).', type: Object })
  @IsObject()
  layout!: Record<string, unknown>;

  @ApiProperty({ description: 'How the bank’s return file is read: record types, positions, status and reason codes (docs/payments.md).', type: Object })
  @IsObject()
  returnLayout!: Record<string, unknown>;

  @ApiPropertyOptional({ example: '2025 版批量代发格式', description: 'Why this version, for the record.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CreateBankDto extends LayoutVersionDto {
  @ApiProperty({ example: 'RCB', description: 'Upper-case letters and digits, 2–16.' })
  @Matches(/^[A-Z0-9]{2,16}$/, { message: 'code must be 2 to 16 upper-case letters or digits' })
  code!: string;

  @ApiProperty({ example: '市农村商业银行' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ type: AccountNumberRuleDto, description: 'Personal (惠民惠农 card) accounts.' })
  @ValidateNested()
  @Type(() => AccountNumberRuleDto)
  personalAccount!: AccountNumberRuleDto;

  @ApiProperty({ type: AccountNumberRuleDto, description: 'Corporate accounts of canteens, institutions and providers.' })
  @ValidateNested()
  @Type(() => AccountNumberRuleDto)
  corporateAccount!: AccountNumberRuleDto;

  @ApiProperty({ example: 50_000, description: 'Lines one disbursement file may hold; a larger month is split into several batches.' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  maxLinesPerFile!: number;
}

export class BankLayoutResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'RCB' }) bankCode!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ type: Object }) layout!: Record<string, unknown>;
  @ApiProperty({ type: Object }) returnLayout!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: Date;
}

export class BankResponse {
  @ApiProperty({ example: 'RCB' }) code!: string;
  @ApiProperty({ example: '市农村商业银行' }) name!: string;
  @ApiProperty({ type: AccountNumberRuleDto }) personalAccount!: AccountNumberRuleDto;
  @ApiProperty({ type: AccountNumberRuleDto }) corporateAccount!: AccountNumberRuleDto;
  @ApiProperty({ example: 50_000 }) maxLinesPerFile!: number;
  @ApiProperty({ type: BankLayoutResponse, description: 'The layout version new batches are written with.' }) currentLayout!: BankLayoutResponse;
  @ApiProperty({ type: [BankLayoutResponse], description: 'Every version, newest first.' }) layouts!: BankLayoutResponse[];
}
