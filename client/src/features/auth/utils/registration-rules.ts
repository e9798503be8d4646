import type { RegisterOrganisationRequest, RegisterRequest } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';

export type RegistrationField = keyof RegisterRequest;
export type OrganisationRegistrationField = keyof RegisterOrganisationRequest;

/** Message keys per field; empty when the form looks valid. */
export type RegistrationErrors<Field extends string> = Partial<Record<Field, TranslationKey[]>>;

export const PASSWORD_MIN_LENGTH = 10;

/** Lower case, upper case, digits, symbols: the server wants at least two of them. */
export const passwordKinds = (password: string): number =>
  [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) => kind.test(password)).length;

// The same shapes the server accepts (Domain/Identity): 12 digits; 0 or +84 then a mobile prefix and 8 digits;
// 10 digits, or 13 with the branch suffix (the server also checks the tax code's check digit).
const CITIZEN_ID = /^[0-9]{12}$/;
const TAX_CODE = /^[0-9]{10}(?:-?[0-9]{3})?$/;
const MOBILE = /^(?:0|\+?84)[35789][0-9]{8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ContactValues = Pick<RegisterRequest, 'email' | 'phoneNumber' | 'password'>;

function collect<Field extends string>(check: (add: (field: Field, key: TranslationKey) => void) => void) {
  const errors: RegistrationErrors<Field> = {};
  check((field, key) => {
    (errors[field] ??= []).push(key);
  });
  return errors;
}

/** The e-mail, phone and password rules every self-registered account shares. */
function checkContact(values: ContactValues, add: (field: keyof ContactValues, key: TranslationKey) => void) {
  if (!EMAIL.test(values.email.trim())) add('email', 'register.email.invalid');
  if (!MOBILE.test(values.phoneNumber.replace(/[ .-]/g, ''))) add('phoneNumber', 'register.phoneNumber.invalid');
  if (values.password.length < PASSWORD_MIN_LENGTH) add('password', 'register.password.tooShort');
  if (passwordKinds(values.password) < 2) add('password', 'register.password.kinds');
}

/** Checks a citizen's form before it is sent. */
export const validateRegistration = (values: RegisterRequest): RegistrationErrors<RegistrationField> =>
  collect<RegistrationField>((add) => {
    if (!values.fullName.trim()) add('fullName', 'register.fullName.required');
    if (!CITIZEN_ID.test(values.citizenId.trim())) add('citizenId', 'register.citizenId.invalid');
    checkContact(values, add);
  });

/** Checks an organisation's form before it is sent. */
export const validateOrganisationRegistration = (
  values: RegisterOrganisationRequest,
): RegistrationErrors<OrganisationRegistrationField> =>
  collect<OrganisationRegistrationField>((add) => {
    if (!values.organisationName.trim()) add('organisationName', 'account.organisationName.required');
    if (!TAX_CODE.test(values.taxCode.trim())) add('taxCode', 'account.taxCode.invalid');
    if (!values.representativeName.trim()) add('representativeName', 'account.representativeName.required');
    checkContact(values, add);
  });
