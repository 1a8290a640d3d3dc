import { registerDecorator, type ValidationOptions } from 'class-validator';
import { YearMonth } from '../time/year-month';

export const IS_YEAR_MONTH = 'isYearMonth';

/** A calendar month 'YYYY-MM' (month 01-12). The DTO keeps the string; parse it with YearMonth.parse. */
export function IsYearMonth(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: IS_YEAR_MONTH,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a month in the form YYYY-MM`, ...options },
      validator: { validate: (value: unknown) => YearMonth.isValid(value) },
    });
  };
}
