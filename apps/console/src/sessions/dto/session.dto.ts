import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../../passwords/rules/password-policy.rule';

export class LoginDto {
  @ApiProperty({ example: 'zhang.wei', description: 'Case does not matter.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'zhang.wei' })
  username: string;
  @ApiProperty({ example: '张伟' })
  displayName: string;
  @ApiProperty({ type: [String], example: ['operator'] })
  roles: string[];
  @ApiProperty({ example: '110105', description: 'Division code of 6, 9 or 12 digits.' })
  division: string;
  @ApiProperty({ description: 'True until the user has replaced a one-time password; then every other call answers 403 AUTH.PASSWORD_CHANGE_REQUIRED.' })
  mustChangePassword: boolean;
}

export class SessionDto {
  @ApiProperty({ type: SessionUserDto })
  user: SessionUserDto;

  @ApiProperty({ description: 'Send it back as X-CSRF-Token on every request but GET and HEAD.' })
  csrfToken: string;
}
