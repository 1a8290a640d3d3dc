// The canteen's own trade role next to the platform vocabulary (libs/common/src/auth/roles.ts):
// the cashier of a canteen (食堂收银员) records meals and registers diners, nothing else.
export const CANTEEN_OPERATOR = 'canteen-operator';
