import { SetMetadata } from '@nestjs/common';

export const NO_PERSONAL_DATA_KEY = 'privacy:no-personal-data';

/**
 * The responses of this controller or handler hold no personal data, so field names such as
 * `name` (of a road, a canteen) are not masked. Use it only where no person can appear.
 */
export const NoPersonalData = (): MethodDecorator & ClassDecorator => SetMetadata(NO_PERSONAL_DATA_KEY, true);
