import { useState } from 'react';

import { isOfficerRole, type OfficerRole } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useChangeOfficerRoles } from '../api/change-officer-roles';
import { officerFieldErrors } from '../utils/field-errors';

import { OfficerDialog, type OfficerChangeDialogProps } from './officer-dialog';
import { RoleCheckboxGroup } from './role-checkbox-group';

/** Replaces an officer's roles (at least one); the server's field errors show under the checkboxes. */
export function EditOfficerRolesDialog({ officer, onDone, onCancel }: OfficerChangeDialogProps) {
  const { t } = useTranslation();
  const changeRoles = useChangeOfficerRoles();
  const [roles, setRoles] = useState<OfficerRole[]>(() => officer.roles.filter(isOfficerRole));
  const [clientErrors, setClientErrors] = useState<string[]>([]);

  const { roles: roleErrors = [], ...otherErrors } = officerFieldErrors<string>(changeRoles.error);
  const otherMessages = Object.values(otherErrors).flat();

  return (
    <OfficerDialog
      title={t('admin.officers.roles.title', { name: officer.fullName })}
      hint={t('admin.officers.roles.hint')}
      confirmLabel={t('admin.officers.roles.confirm')}
      pendingLabel={t('admin.officers.roles.pending')}
      isPending={changeRoles.isPending}
      error={changeRoles.error}
      failedTitle={t('admin.officers.roles.failed')}
      onConfirm={() => {
        if (roles.length === 0) {
          setClientErrors([t('admin.officers.roles.required')]);
          return;
        }
        setClientErrors([]);
        changeRoles.mutate(
          { officerId: officer.id, roles },
          {
            onSuccess: () => {
              onDone(t('admin.officers.roles.done', { name: officer.fullName }));
            },
          },
        );
      }}
      onCancel={onCancel}
    >
      {otherMessages.length > 0 && (
        <ul className="form-field__errors">
          {otherMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <RoleCheckboxGroup
        legend={t('officers.list.roles')}
        roles={roles}
        onChange={setRoles}
        errors={[...clientErrors, ...roleErrors]}
      />
    </OfficerDialog>
  );
}
