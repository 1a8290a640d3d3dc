import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords/rules/password-policy.rule';

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use (the one-time password at first login).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ description: `At least ${MIN_PASSWORD_LENGTH} characters, not the username, not the current password.` })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}
