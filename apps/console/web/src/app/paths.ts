// Routes of the console, in one place (the router, the menu, redirects and tests use these).

export const PATHS = {
  home: '/',
  login: '/login',
  account: '/account',
  changePassword: '/account/password',
  users: '/users',
  deaths: '/deaths',
  deathRecords: '/deaths/records',
} as const;
