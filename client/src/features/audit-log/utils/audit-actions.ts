/** The actions the API records in the audit log, in the order the filter lists them. */
export const auditActions = [
  'sign-in.succeeded',
  'sign-in.failed',
  'token.signed-out',
  'token.reuse-revoked',
  'officer.create',
  'officer.roles',
  'officer.deactivate',
  'officer.reactivate',
  'integrator-client.create',
  'integrator-client.revoke',
  'agency.create',
  'agency.dissolve',
  'field.create',
  'procedure.create',
  'procedure.revise',
  'procedure.publish',
  'procedure.unpublish',
  'calendar.save',
] as const;

export type AuditAction = (typeof auditActions)[number];

export const isAuditAction = (action: string): action is AuditAction =>
  (auditActions as readonly string[]).includes(action);
