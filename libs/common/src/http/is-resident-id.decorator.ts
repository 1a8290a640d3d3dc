import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidResidentIdFormat } from '../resident-id/resident-id';

export const IS_RESIDENT_ID = 'isResidentId';

function upperCaseStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.toUpperCase();
  // With `{ each: true }` the property is a list of IDs.
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'string' ? item.toUpperCase() : item));
  return value;
}

/**
 * A GB 11643 resident ID: shape, check character and a real birth date. A lower-case x is
 * accepted and stored upper-case (the Transform runs before validation when the pipe transforms).
 * No future-date check: validation has no clock; services check that with parseResidentId.
 */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => upperCaseStrings(value)),
    (target: object, propertyName: string | symbol) => {
      registerDecorator({
        name: IS_RESIDENT_ID,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: `$property must be a valid resident ID number (GB 11643-1999)`, ...options },
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isValidResidentIdFormat(value),
        },
      });
    },
  );
}
