import type { FeedbackCategory } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';
import { MAX_UPLOAD_BYTES } from '@/lib/uploads';

import type { SubmitFeedbackInput } from '../api/submit-feedback';

export type FeedbackFormValues = SubmitFeedbackInput['fields'] & { category: FeedbackCategory | '' };
export type FeedbackFormField = keyof FeedbackFormValues | 'attachments';

/** The most files a feedback may carry (the API's limit). */
export const MAX_FEEDBACK_ATTACHMENTS = 5;

/** What the signed-in account fills in for its holder. */
export type FeedbackContactDefaults = { fullName?: string; phoneNumber?: string | null; email?: string | null };

export const initialFeedbackValues = (contact: FeedbackContactDefaults = {}): FeedbackFormValues => ({
  title: '',
  content: '',
  category: '',
  fullName: contact.fullName ?? '',
  phoneNumber: contact.phoneNumber ?? '',
  email: contact.email ?? '',
  citizenId: '',
  relatedAgencyId: '',
  relatedProcedureId: '',
  relatedDossierCode: '',
});

// The same shapes the server accepts (Domain/Identity): 12 digits; 0 or +84 then a mobile prefix and 8 digits.
const CITIZEN_ID = /^[0-9]{12}$/;
const MOBILE = /^(?:0|\+?84)[35789][0-9]{8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACCEPTED_TYPE = /\.(pdf|jpe?g|png)$/i;

/** Checks the form before it is sent; returns the message keys per field (empty when it looks valid). */
export function validateFeedback(
  values: FeedbackFormValues,
  files: readonly File[],
): Partial<Record<FeedbackFormField, TranslationKey[]>> {
  const errors: Partial<Record<FeedbackFormField, TranslationKey[]>> = {};
  const add = (field: FeedbackFormField, key: TranslationKey) => {
    (errors[field] ??= []).push(key);
  };
  const phone = values.phoneNumber.replace(/[ .-]/g, '');
  const email = values.email.trim();
  const citizenId = values.citizenId.trim();
  if (!values.title.trim()) add('title', 'feedback.form.title.required');
  if (!values.content.trim()) add('content', 'feedback.form.content.required');
  if (!values.category) add('category', 'feedback.form.category.required');
  if (!values.fullName.trim()) add('fullName', 'feedback.form.fullName.required');
  if (!phone && !email) add('phoneNumber', 'feedback.form.contact.required');
  if (phone && !MOBILE.test(phone)) add('phoneNumber', 'feedback.form.phoneNumber.invalid');
  if (email && !EMAIL.test(email)) add('email', 'feedback.form.email.invalid');
  if (citizenId && !CITIZEN_ID.test(citizenId)) add('citizenId', 'feedback.form.citizenId.invalid');
  if (files.length > MAX_FEEDBACK_ATTACHMENTS) add('attachments', 'feedback.form.attachments.tooMany');
  if (files.some((file) => file.size > MAX_UPLOAD_BYTES)) add('attachments', 'feedback.form.attachments.tooLarge');
  if (files.some((file) => !ACCEPTED_TYPE.test(file.name))) add('attachments', 'feedback.form.attachments.type');
  return errors;
}

/** A 400 problem's field errors by form field: `Attachments[2]` and `attachments` both land on `attachments`. */
export function feedbackServerErrors(
  fieldErrors: Record<string, string[]>,
): Partial<Record<FeedbackFormField, string[]>> {
  const result: Partial<Record<string, string[]>> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = key.replace(/\[\d+\]$/, '');
    result[field] = [...(result[field] ?? []), ...messages];
  }
  return result;
}
