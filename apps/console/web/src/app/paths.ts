// Routes of the console, in one place (the router, the menu, redirects and tests use these).

export const PATHS = {
  home: '/',
  login: '/login',
  account: '/account',
  changePassword: '/account/password',
  users: '/users',
  // 一人一档: the search, and one person's page (the resident ID travels in the history state, not the URL)
  person: '/person',
  personFile: '/person/file',
  // 工作台: the work lists of the user's division
  worklists: '/worklists',
} as const;
