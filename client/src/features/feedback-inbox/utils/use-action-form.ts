import { useState } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { isApiError } from '@/lib/problem-details';

/**
 * The state of one action dialog: its values, the Idempotency-Key of this intent (kept for its retries), and
 * the messages of each field: the required ones left empty, then the server's 400 field errors.
 */
export function useActionForm<V extends Record<string, string | boolean>>(initial: V, error: unknown) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [missing, setMissing] = useState<readonly (keyof V)[]>([]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const serverErrors = isApiError(error) && error.status === 400 ? error.fieldErrors : {};

  const set =
    <K extends keyof V>(name: K) =>
    (value: V[K]) => {
      setValues((current) => ({ ...current, [name]: value }));
    };

  const errorsFor = (name: keyof V & string): string[] => [
    ...(missing.includes(name) ? [t('feedback.action.required')] : []),
    ...(serverErrors[name] ?? []),
  ];

  /** Marks the required fields left empty; true when there are none. */
  const checkRequired = (...names: (keyof V)[]): boolean => {
    const empty = names.filter((name) => {
      const value = values[name];
      return typeof value === 'string' && value.trim() === '';
    });
    setMissing(empty);
    return empty.length === 0;
  };

  /** The props of a text field bound to `name`: its value, its messages and its change handler. */
  const textField = (name: keyof V & string) => ({
    value: String(values[name]),
    errors: errorsFor(name),
    onChange: (event: { target: { value: string } }) => {
      set(name)(event.target.value as V[typeof name]);
    },
  });

  return { values, set, errorsFor, checkRequired, textField, idempotencyKey };
}
