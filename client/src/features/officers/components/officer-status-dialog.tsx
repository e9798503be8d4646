import { useState } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

import { useSetOfficerActive } from '../api/set-officer-active';

import { OfficerDialog, type OfficerChangeDialogProps } from './officer-dialog';

/** Asks to confirm deactivating (or reactivating) an officer's account, then does it. */
export function OfficerStatusDialog({ officer, onDone, onCancel }: OfficerChangeDialogProps) {
  const { t } = useTranslation();
  const setActive = useSetOfficerActive();
  // As it was when the dialog opened: the reloaded list flips it before the dialog closes.
  const [wasActive] = useState(officer.active);
  const change = wasActive ? 'deactivate' : 'reactivate';
  const name = officer.fullName;

  return (
    <OfficerDialog
      title={t(`admin.officers.${change}.title`, { name })}
      hint={t(`admin.officers.${change}.hint`)}
      confirmLabel={t(`admin.officers.${change}.confirm`)}
      pendingLabel={t(`admin.officers.${change}.pending`)}
      isPending={setActive.isPending}
      error={setActive.error}
      failedTitle={t(`admin.officers.${change}.failed`)}
      onConfirm={() => {
        setActive.mutate(
          { officerId: officer.id, active: !wasActive },
          {
            onSuccess: () => {
              onDone(t(`admin.officers.${change}.done`, { name }));
            },
          },
        );
      }}
      onCancel={onCancel}
    />
  );
}
