import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A clerk's finding on a diner's household registration (户籍), with what it rests on. */
export class ConfirmLocalRegistrationDto {
  @ApiProperty({ example: true, description: 'true: local registration confirmed, the subsidy applies from now; false: not local' })
  @IsBoolean()
  localRegistration!: boolean;

  @ApiProperty({ example: '户口簿 seen at the canteen', description: 'The evidence seen: household booklet, public security check' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  evidence!: string;
}
