import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { AssessmentOutcome } from '../rules/adoption-checks.rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RecordAssessmentDto {
  @ApiProperty({ example: ['110105198001010026'], description: 'The adopter, or the married couple' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsResidentId({ each: true })
  adopterResidentIds!: string[];

  @ApiProperty({ example: '2024-06-01' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'assessedOn must be YYYY-MM-DD' })
  assessedOn!: string;

  @ApiProperty({ enum: ['SUITABLE', 'UNSUITABLE'] })
  @IsIn(['SUITABLE', 'UNSUITABLE'])
  outcome!: AssessmentOutcome;

  @ApiProperty({ example: 'stable income, suitable housing, no concerns' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  notes!: string;
}

export class AdopterDto {
  @ApiProperty({ example: '110105198001010026' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '李秀兰' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ description: 'Has a spouse (then both adopt jointly)' })
  @IsBoolean()
  married!: boolean;

  @ApiPropertyOptional({ description: "The spouse's resident ID when married" })
  @IsOptional()
  @IsResidentId()
  spouseResidentId?: string;

  @ApiProperty({ description: 'Able to raise, educate and protect the child (art. 1098(2))' })
  @IsBoolean()
  ableToRaise!: boolean;

  @ApiProperty({ description: 'A disease medically unfit for adopting (art. 1098(3))' })
  @IsBoolean()
  disqualifyingIllness!: boolean;

  @ApiProperty({ description: "A criminal record unfavourable to the child's growth (art. 1098(4))" })
  @IsBoolean()
  criminalRecord!: boolean;
}

export class RegisterAdoptionDto {
  @ApiProperty({ example: '2024-07-15', description: 'Registration day; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'registeredOn must be YYYY-MM-DD' })
  registeredOn!: string;

  @ApiProperty({ description: 'The family capability assessment of these adopters' })
  @IsUUID()
  assessmentId!: string;

  @ApiProperty({ type: [AdopterDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => AdopterDto)
  adopters!: AdopterDto[];

  @ApiProperty({ example: 0, description: 'Children the adopter(s) already have, born or adopted' })
  @IsInt()
  @Min(0)
  @Max(20)
  existingChildren!: number;

  @ApiProperty({ description: "A same-generation collateral relative's child within three generations (art. 1099)" })
  @IsBoolean()
  relativesChild!: boolean;

  @ApiPropertyOptional({ description: 'The consent of a child aged 8 or more (art. 1104)' })
  @IsOptional()
  @IsBoolean()
  childConsents?: boolean;

  @ApiPropertyOptional({ description: 'The parents are unable to raise the child for special difficulty (art. 1093(3))' })
  @IsOptional()
  @IsBoolean()
  parentsInSpecialDifficulty?: boolean;

  @ApiPropertyOptional({ description: 'The child is disabled (art. 1100(2))' })
  @IsOptional()
  @IsBoolean()
  childDisabled?: boolean;
}

export class AdoptionAssessmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: ['110105********0026'], description: 'Masked unless unmasked by an audited caller' }) adopterResidentIds!: string[];
  @ApiProperty({ example: '2024-06-01' }) assessedOn!: string;
  @ApiProperty({ enum: ['SUITABLE', 'UNSUITABLE'] }) outcome!: AssessmentOutcome;
  @ApiProperty() notes!: string;
  @ApiProperty({ example: 'operator-1', description: 'Who recorded it' }) assessor!: string;
}
