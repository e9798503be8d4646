import type { accountVi } from './account.vi';

/** English texts of the account screens. */
export const accountEn: Record<keyof typeof accountVi, string> = {
  'account.register.kind': 'Register an account for',
  'account.register.kind.citizen': 'A citizen',
  'account.register.kind.organisation': 'An organisation or business',
  'account.register.organisationLead':
    'An account lets organisations and businesses submit and follow applications online; sign in with the tax code or the e-mail.',
  'account.organisationName': 'Organisation name',
  'account.organisationName.hint': 'As on the business registration certificate.',
  'account.organisationName.required': 'Please enter the organisation’s name.',
  'account.taxCode': 'Tax code',
  'account.taxCode.hint': '10 digits; a branch adds 3 more, e.g. 0100109106-001.',
  'account.taxCode.invalid': 'A tax code is 10 digits, or 10 digits, a dash and 3 digits.',
  'account.representativeName': 'Representative’s full name',
  'account.representativeName.hint': 'The person who acts for the organisation.',
  'account.representativeName.required': 'Please enter the representative’s full name.',
  'account.signIn.loginHint': 'Organisations and businesses may sign in with their tax code.',
  'account.external.or': 'or',
  'account.external.signInWith': 'Sign in with {name}',
  'account.external.redirecting': 'Going to {name}…',
  'account.external.startFailed': 'The sign-in page could not be opened',
  'account.external.title': 'Sign in with a digital identity',
  'account.external.completing': 'Completing the sign-in…',
  'account.external.failed': 'Sign-in failed',
  'account.external.cancelled': 'You cancelled the sign-in, or the identity provider refused it.',
  'account.external.backToSignIn': 'Back to the sign-in page',
  'account.profile.organisationName': 'Organisation name',
  'account.profile.taxCode': 'Tax code',
  'account.profile.representativeName': 'Representative',
};
