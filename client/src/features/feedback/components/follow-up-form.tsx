import { useState, type SubmitEvent } from 'react';

import { TextField } from '@/components/ui/text-field';
import { useTranslation } from '@/lib/i18n/use-translation';

type FollowUpFormProps = {
  code: string;
  followUpKey: string;
  onSubmit: (code: string, followUpKey: string) => void;
};

/** The code and the follow-up key printed on a guest's receipt. */
export function FollowUpForm({ code, followUpKey, onSubmit }: FollowUpFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ code, key: followUpKey });
  const [errors, setErrors] = useState<{ code?: string[]; key?: string[] }>({});

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      code: values.code.trim() ? undefined : [t('feedback.follow.code.required')],
      key: values.key.trim() ? undefined : [t('feedback.follow.key.required')],
    };
    setErrors(next);
    if (next.code || next.key) return;
    onSubmit(values.code.trim(), values.key.trim());
  };

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      <TextField
        label={t('feedback.follow.code')}
        value={values.code}
        required
        errors={errors.code}
        onChange={(event) => {
          setValues((current) => ({ ...current, code: event.target.value }));
        }}
      />
      <TextField
        label={t('feedback.follow.key')}
        hint={t('feedback.follow.key.hint')}
        value={values.key}
        required
        autoComplete="off"
        errors={errors.key}
        onChange={(event) => {
          setValues((current) => ({ ...current, key: event.target.value }));
        }}
      />
      <div className="auth-form__footer">
        <button type="submit" className="button">
          {t('feedback.follow.submit')}
        </button>
      </div>
    </form>
  );
}
