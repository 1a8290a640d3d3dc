// Checks on what an administrator asks of a user account. Pure.

/** The roles of `roles` that are not in the assignable vocabulary, in the order given. */
export function unknownRoles(roles: readonly string[], assignable: readonly string[]): string[] {
  return roles.filter((role) => !assignable.includes(role));
}

export interface AdminFacts {
  roles: readonly string[];
  disabled: boolean;
}

/**
 * Whether a change takes away the last enabled `admin`: after it nobody could manage users, and
 * the console has no way back in short of editing its database.
 */
export function removesLastAdmin(before: AdminFacts, after: AdminFacts, otherEnabledAdmins: number, adminRole: string): boolean {
  const isActiveAdmin = (facts: AdminFacts): boolean => !facts.disabled && facts.roles.includes(adminRole);
  return isActiveAdmin(before) && !isActiveAdmin(after) && otherEnabledAdmins === 0;
}
