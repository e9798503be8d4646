import type { Account } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { maskCitizenId } from '../utils/account';

type AccountDetailsProps = {
  account: Account;
};

export function AccountDetails({ account }: AccountDetailsProps) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('profile.fullName'), account.fullName],
    [t('profile.email'), account.email],
    [t('profile.phoneNumber'), account.phoneNumber ?? t('common.notSpecified')],
    [t('profile.citizenId'), account.citizenId ? maskCitizenId(account.citizenId) : t('common.notSpecified')],
    [t('profile.roles'), account.roles.length > 0 ? account.roles.join(', ') : t('common.notSpecified')],
  ];
  return (
    <dl className="account-details">
      {rows.map(([term, value]) => (
        <div key={term} className="account-details__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
