import type { RegisterRequest } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';

export type RegistrationField = keyof RegisterRequest;

export const registrationFields: readonly RegistrationField[] = [
  'fullName',
  'citizenId',
  'email',
  'phoneNumber',
  'password',
];

export const PASSWORD_MIN_LENGTH = 10;

/** Lower case, upper case, digits, symbols: the server wants at least two of them. */
export const passwordKinds = (password: string): number =>
  [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) => kind.test(password)).length;

// The same shapes the server accepts (Domain/Identity): 12 digits; 0 or +84 then a mobile prefix and 8 digits.
const CITIZEN_ID = /^[0-9]{12}$/;
const MOBILE = /^(?:0|\+?84)[35789][0-9]{8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the form before it is sent; returns the message keys per field (empty when it looks valid). */
export function validateRegistration(values: RegisterRequest): Partial<Record<RegistrationField, TranslationKey[]>> {
  const errors: Partial<Record<RegistrationField, TranslationKey[]>> = {};
  const add = (field: RegistrationField, key: TranslationKey) => {
    (errors[field] ??= []).push(key);
  };
  if (!values.fullName.trim()) add('fullName', 'register.fullName.required');
  if (!CITIZEN_ID.test(values.citizenId.trim())) add('citizenId', 'register.citizenId.invalid');
  if (!EMAIL.test(values.email.trim())) add('email', 'register.email.invalid');
  if (!MOBILE.test(values.phoneNumber.replace(/[ .-]/g, ''))) add('phoneNumber', 'register.phoneNumber.invalid');
  if (values.password.length < PASSWORD_MIN_LENGTH) add('password', 'register.password.tooShort');
  if (passwordKinds(values.password) < 2) add('password', 'register.password.kinds');
  return errors;
}
