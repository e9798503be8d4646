/** The officer roles an administrator can grant, in display order (the API's role names). */
export const officerRoles = ['Receptionist', 'Processor', 'Leader', 'Supervisor', 'Administrator'] as const;
export type OfficerRole = (typeof officerRoles)[number];

/** Every role an account can hold. */
export type AccountRole = OfficerRole | 'Citizen';

export const isOfficerRole = (role: string): role is OfficerRole => (officerRoles as readonly string[]).includes(role);
export const isAccountRole = (role: string): role is AccountRole => role === 'Citizen' || isOfficerRole(role);

/** True when the roles include at least one officer role. */
export const isOfficer = (roles: readonly string[]): boolean => roles.some(isOfficerRole);
export const isAdministrator = (roles: readonly string[]): boolean => roles.includes('Administrator');

/** True for the accounts that apply and send feedback in their own name: citizens and organisations. */
export const isApplicant = (roles: readonly string[]): boolean =>
  roles.includes('Citizen') || roles.includes('Organisation');
