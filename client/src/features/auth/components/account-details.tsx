import type { Account } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { maskCitizenId } from '../utils/account';

type AccountDetailsProps = {
  account: Account;
};

export function AccountDetails({ account }: AccountDetailsProps) {
  const { t } = useTranslation();
  const notSpecified = t('common.notSpecified');
  // An organisation's account carries its tax code and representative instead of a citizen ID.
  const identity: [string, string][] = account.taxCode
    ? [
        [t('account.profile.organisationName'), account.fullName],
        [t('account.profile.taxCode'), account.taxCode],
        [t('account.profile.representativeName'), account.representativeName ?? notSpecified],
      ]
    : [
        [t('profile.fullName'), account.fullName],
        [t('profile.citizenId'), account.citizenId ? maskCitizenId(account.citizenId) : notSpecified],
      ];
  const rows: [string, string][] = [
    ...identity,
    [t('profile.email'), account.email],
    [t('profile.phoneNumber'), account.phoneNumber ?? notSpecified],
    [t('profile.roles'), account.roles.length > 0 ? account.roles.join(', ') : notSpecified],
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
