import { isDivisionCode } from '@app/common/auth/claims';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { SessionUserDto } from '../../sessions/dto/session.dto';

/** Letters, digits and . _ @ -, 2 to 64 long, starting with a letter or digit (IdP usernames fit). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/;

/** A division code of 6, 9 or 12 digits (libs/common isDivisionCode); field error code `isDivisionCode`. */
export function IsDivisionCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isDivisionCode', validator: { validate: (value) => isDivisionCode(value), defaultMessage: () => 'division must be a division code of 6, 9 or 12 digits' } },
    options,
  );
}

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'zhang.wei', description: 'Unique whatever its case; 2–64 of letters, digits and . _ @ -.' })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username must be 2 to 64 letters, digits or . _ @ -, starting with a letter or digit' })
  username: string;

  @ApiProperty({ example: '张伟' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @ApiProperty({ type: [String], example: ['operator'], description: 'One or more of GET /api/roles.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  roles: string[];

  @ApiProperty({ example: '110105' })
  @IsDivisionCode()
  division: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: '张伟' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ type: [String], example: ['operator', 'reviewer'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  roles?: string[];

  @ApiPropertyOptional({ example: '110105001' })
  @IsOptional()
  @IsDivisionCode()
  division?: string;

  @ApiPropertyOptional({ description: 'True ends all of the user’s sessions at once.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class UserListQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ description: 'Part of the username or display name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class UserDto extends SessionUserDto {
  @ApiProperty()
  disabled: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Set while failed logins lock the account.' })
  lockedUntil: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version of the user an administrator edits; its ETag, to send back as If-Match.' })
  version: number;
}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;
  @ApiProperty({ description: 'Shown once; the user must change it at first login.' })
  oneTimePassword: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'Shown once; the user must change it at next login.' })
  oneTimePassword: string;
}

export class RoleDto {
  @ApiProperty({ example: 'operator' })
  role: string;
}
