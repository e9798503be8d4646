import { paths } from '@/config/paths';
import { AccountDetails } from '@/features/auth/components/account-details';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The signed-in account; signed-out visitors are sent to the sign-in page. */
export function ProfileRoute() {
  const { t } = useTranslation();
  return (
    <SignedInPage title={t('profile.title')} loadingLabel={t('profile.loading')} here={paths.profile.getHref()}>
      {(user) => (
        <>
          <AccountDetails account={user} />
          <SignOutButton label={t('profile.signOut')} />
        </>
      )}
    </SignedInPage>
  );
}
