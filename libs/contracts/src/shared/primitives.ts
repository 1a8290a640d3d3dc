import { z } from 'zod';

// Building blocks shared by the event payloads. Messages are meant for dead-letter headers, so
// they say what is wrong in plain words.

/** A UUID in canonical 8-4-4-4-12 hex form (any version: ids come from PostgreSQL and Node). */
export const uuidSchema = z.guid({ error: 'must be a UUID' });

/** A calendar date `YYYY-MM-DD` that exists (2024-02-30 is refused), Asia/Shanghai. */
export const localDateSchema = z.iso.date({ error: 'must be a real date YYYY-MM-DD' });

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A calendar month `YYYY-MM`: benefits are computed per month. */
export const yearMonthSchema = z.string({ error: 'must be a month YYYY-MM' }).regex(YEAR_MONTH, { error: 'must be a month YYYY-MM' });

/** An instant in ISO 8601 with `Z` or an offset, e.g. `2024-08-01T10:00:00.000Z`. */
export const instantSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with Z or an offset' });

/** Money: a non-negative whole number of fen (分), never yuan with decimals. */
export const amountFenSchema = z
  .int({ error: 'must be a whole number of fen' })
  .min(0, { error: 'must not be negative' });

/** Administrative division code: 6 digits (county), 9 (township) or 12 (village). */
export const divisionCodeSchema = z
  .string({ error: 'must be a division code' })
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: 'must be a division code of 6, 9 or 12 digits' });

/** A required piece of text. */
export const textSchema = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
