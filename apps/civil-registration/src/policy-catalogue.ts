// Every policy parameter civil-registration reads (README "Policy parameters read"): key -> the
// shape of its value. Stored values are checked against it when posted and when read.
import { definePolicyCatalogue, policyValues } from '@app/common/policy/policy-catalogue';
import { holidayCalendarSchema } from '@app/common/time/working-days';
import { z } from 'zod';

export const CIVIL_REGISTRATION_POLICIES = definePolicyCatalogue('civil-registration', {
  /** Ethnic group codes allowed burial, in force on the date of death (compared case-insensitively). */
  'civil-registration.burial-exempt-ethnicities': { schema: z.array(z.string().trim().min(1)) },
  /** 惠民殡葬 basic amount, fen, in force on the date of death. */
  'civil-registration.funeral-benefit.basic-fen': { schema: policyValues.fen },
  /** Fen added for people on 低保/特困 at death. */
  'civil-registration.funeral-benefit.dibao-tekun-extra-fen': { schema: policyValues.fen },
  /** Days of divorce cooling-off, in force on the application day (Civil Code art. 1077). */
  'civil-registration.divorce.cooling-off-days': { schema: policyValues.wholeNumber },
  /** Days after cooling-off to collect the certificate. */
  'civil-registration.divorce.certificate-window-days': { schema: policyValues.wholeNumber },
  /**
   * One row per year: days off and make-up working days. Optional: a year without a row counts
   * Monday to Friday as working days.
   */
  'civil-registration.public-holidays': { schema: holidayCalendarSchema, optional: true },
});

export type CivilRegistrationPolicies = typeof CIVIL_REGISTRATION_POLICIES;
