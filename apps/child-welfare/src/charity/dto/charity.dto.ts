import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** One donation or grant: up to 100 million yuan (fits an integer column of fen). */
const MAX_FEN = 2_000_000_000;

export class CreateCharityFundDto {
  @ApiProperty({ example: '朝阳区儿童关爱慈善基金' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '110105001', description: 'Village (12 digits), township (9) or county (6) whose fund it is' })
  @Matches(/^(\d{6}|\d{9}|\d{12})$/, { message: 'divisionCode must be a county (6), township (9) or village (12) code' })
  divisionCode!: string;
}

export class RecordDonationDto {
  @ApiProperty({ example: '北京某某科技有限公司' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  donorName!: string;

  @ApiProperty({ example: 5000000, description: 'Amount received, in fen' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;

  @ApiProperty({ example: '2024-06-01', description: 'Day received; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'receivedOn must be YYYY-MM-DD' })
  receivedOn!: string;
}

export class GrantToChildDto {
  @ApiProperty({ description: 'The child in the ledger' })
  @IsUUID()
  childId!: string;

  @ApiProperty({ example: 80000, description: 'Amount given, in fen; never more than the balance' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;

  @ApiProperty({ example: '冬衣和学习用品' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  purpose!: string;

  @ApiProperty({ example: '2024-07-01', description: 'Day given; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'grantedOn must be YYYY-MM-DD' })
  grantedOn!: string;
}
