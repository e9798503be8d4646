import type { QueryKey } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';

import { FeedbackActionError } from '@/components/errors/feedback-action-error';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextAreaField } from '@/components/ui/text-area-field';
import { staleFeedbackOf, useFeedbackAction } from '@/lib/api/feedback';
import type { FeedbackDetail } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { isApiError } from '@/lib/problem-details';

type FeedbackSubmitterActionsProps = {
  feedback: FeedbackDetail;
  /** Where the page caches the feedback (the signed-in detail, or the guest's follow-up view). */
  queryKey: QueryKey;
  /** The follow-up key of a guest's receipt, sent with the actions in place of an account. */
  followUpKey?: string;
};

type Done = 'Rate' | 'Reopen' | null;

/**
 * The submitter's say on the answer: satisfied or not (once per answer, with a comment), and reopening it once
 * within the period that ends at `reopenUntil`. Shown only for the actions the API makes available.
 */
export function FeedbackSubmitterActions({ feedback, queryKey, followUpKey }: FeedbackSubmitterActionsProps) {
  const { t, locale } = useTranslation();
  const mutation = useFeedbackAction(feedback.id, queryKey);
  const [satisfied, setSatisfied] = useState<'yes' | 'no' | ''>('');
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ satisfied?: string[]; reason?: string[] }>({});
  const [done, setDone] = useState<Done>(null);
  // One key per intent, kept for its retries.
  const [rateKey] = useState(newIdempotencyKey);
  const [reopenKey] = useState(newIdempotencyKey);
  const [pending, setPending] = useState<Done>(null);

  const canRate = feedback.availableActions.includes('Rate');
  const canReopen = feedback.availableActions.includes('Reopen');
  if (!canRate && !canReopen && !done && !mutation.error) return null;

  const serverErrors = isApiError(mutation.error) && mutation.error.status === 400 ? mutation.error.fieldErrors : {};
  const key = followUpKey ?? null;

  const rate = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (satisfied === '') {
      setErrors({ satisfied: [t('feedback.rate.required')] });
      return;
    }
    setErrors({});
    setPending('Rate');
    mutation.mutate(
      {
        action: 'Rate',
        idempotencyKey: rateKey,
        body: { version: feedback.version, satisfied: satisfied === 'yes', comment: comment.trim() || null, key },
      },
      {
        onSuccess: () => {
          setDone('Rate');
        },
      },
    );
  };

  const reopen = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setErrors({ reason: [t('feedback.reopen.required')] });
      return;
    }
    setErrors({});
    setPending('Reopen');
    mutation.mutate(
      { action: 'Reopen', idempotencyKey: reopenKey, body: { version: feedback.version, reason: reason.trim(), key } },
      {
        onSuccess: () => {
          setDone('Reopen');
        },
      },
    );
  };

  const busy = mutation.isPending;
  const stale = staleFeedbackOf(mutation.error) !== undefined;

  return (
    <section className="panel" aria-labelledby="feedback-submitter-title">
      <h2 id="feedback-submitter-title" className="section-title">
        {t('feedback.submitter.title')}
      </h2>
      {done && (
        <p className="callout" role="status">
          {done === 'Rate' ? t('feedback.rate.done') : t('feedback.reopen.done')}
        </p>
      )}
      <FeedbackActionError error={mutation.error} />
      {canRate && (
        <form className="auth-form" noValidate onSubmit={rate} aria-labelledby="feedback-rate-title">
          <h3 id="feedback-rate-title" className="case-section__subtitle">
            {t('feedback.rate.title')}
          </h3>
          <RadioGroup
            legend={t('feedback.rate.question')}
            options={[
              { value: 'yes', label: t('feedback.rate.satisfied') },
              { value: 'no', label: t('feedback.rate.dissatisfied') },
            ]}
            value={satisfied}
            onChange={setSatisfied}
            errors={[...(errors.satisfied ?? []), ...(stale ? [] : (serverErrors.satisfied ?? []))]}
          />
          <TextAreaField
            label={t('feedback.rate.comment')}
            value={comment}
            maxLength={2000}
            rows={3}
            errors={stale ? [] : (serverErrors.comment ?? [])}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
          <div className="auth-form__footer">
            <button type="submit" className="button" disabled={busy}>
              {busy && pending === 'Rate' ? t('feedback.action.pending') : t('feedback.rate.submit')}
            </button>
          </div>
        </form>
      )}
      {canReopen && (
        <form className="auth-form" noValidate onSubmit={reopen} aria-labelledby="feedback-reopen-title">
          <h3 id="feedback-reopen-title" className="case-section__subtitle">
            {t('feedback.reopen.title')}
          </h3>
          <p className="form-field__hint">
            {t('feedback.reopen.hint', { until: formatDateTime(feedback.reopenUntil, locale) ?? '' })}
          </p>
          <TextAreaField
            label={t('feedback.reopen.reason')}
            value={reason}
            maxLength={4000}
            rows={3}
            required
            errors={[...(errors.reason ?? []), ...(stale ? [] : (serverErrors.reason ?? []))]}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
          <div className="auth-form__footer">
            <button type="submit" className="button button--secondary" disabled={busy}>
              {busy && pending === 'Reopen' ? t('feedback.action.pending') : t('feedback.reopen.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
