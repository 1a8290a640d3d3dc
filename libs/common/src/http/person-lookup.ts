// What the 一人一档 (one person, one file) routes of every service share: the resident ID in the
// body of `POST /people/file` (never in a URL), the name search's query, and the answer when a service knows nothing of the person.
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsResidentId } from './is-resident-id.decorator';
import { PageQuery } from './page-query.dto';
import { ProblemException } from './problem';

/** The body of `POST /people/file`: a GB 11643 resident ID (400 VALIDATION.FAILED, field `residentId`). */
export class PersonFileRequest {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

/** `?name=&page=&pageSize=`: part of a person's name, trimmed, 1 to 50 characters. */
export class NameSearchQuery extends PageQuery {
  @ApiProperty({ example: '王', minLength: 1, maxLength: 50, description: 'Part of the name (at least one character); matches anywhere in it.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own characters taken literally (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** 404 PERSON.NOT_FOUND: the service holds no record of the person (the ID is masked in the text). */
export function personNotFound(): ProblemException {
  return new ProblemException({ status: 404, code: 'PERSON.NOT_FOUND', detail: 'This service holds no record of the person.' });
}
