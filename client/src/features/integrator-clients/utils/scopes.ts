export const integratorScopes = [
  'catalogue.read',
  'dossiers.read',
  'dossiers.write',
  'feedback.read',
  'feedback.write',
] as const;

export type IntegratorScope = (typeof integratorScopes)[number];

export const isIntegratorScope = (value: string): value is IntegratorScope =>
  (integratorScopes as readonly string[]).includes(value);

/** Dossier scopes need the agencies whose dossiers they cover. */
export const needsAgencies = (scopes: readonly string[]) => scopes.some((scope) => scope.startsWith('dossiers.'));
