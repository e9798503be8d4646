import { useId } from 'react';

import type { DossierDetail } from '@/lib/api/types';
import { formatFileSize } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { fieldErrorsOf, problemMessage } from '../utils/field-errors';

type ReviewStepProps = {
  draft: DossierDetail;
  /** The implementing agency chosen in step 1, when known. */
  agencyName?: string;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onSubmit: () => void;
};

/** Step 4: everything the applicant entered, and the submit button. */
export function ReviewStep({ draft, agencyName, pending, error, onBack, onSubmit }: ReviewStepProps) {
  const { t, locale } = useTranslation();
  const id = useId();
  const { applicant, representative } = draft;
  const conflict = isApiError(error) && error.status === 409;
  const fieldMessages = Object.values(fieldErrorsOf(error)).flat();

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('dossierNew.step.review')}
      </h2>
      {error !== null && error !== undefined && (
        <div className={conflict ? 'callout callout--warning' : 'callout callout--error'} role="alert">
          <p className="callout__title">{conflict ? t('dossierNew.submit.conflict') : t('dossierNew.submit.failed')}</p>
          <p>{problemMessage(error, t('dossierNew.networkError'))}</p>
          {fieldMessages.length > 0 && (
            <ul>
              {fieldMessages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <dl className="detail-list">
        <dt>{t('dossierNew.review.procedure')}</dt>
        <dd>
          {draft.procedureName} <span className="muted">({draft.procedureCode})</span>
        </dd>
        <dt>{t('dossierNew.case')}</dt>
        <dd>{draft.caseName}</dd>
        {agencyName && (
          <>
            <dt>{t('dossierNew.agency')}</dt>
            <dd>{agencyName}</dd>
          </>
        )}
        <dt>{t('dossierNew.review.receivingAgency')}</dt>
        <dd>{draft.receivingAgency.name}</dd>
        <dt>{t('dossierNew.review.applicant')}</dt>
        <dd>
          <span className="preserve-lines">
            {[
              applicant.fullName,
              `${t('dossierNew.review.identity')}: ${applicant.identityNumber}`,
              `${t('dossierNew.applicant.phone')}: ${applicant.phone}`,
              applicant.email ? `${t('dossierNew.applicant.email')}: ${applicant.email}` : null,
              `${t('dossierNew.applicant.address')}: ${applicant.address}`,
            ]
              .filter(Boolean)
              .join('\n')}
          </span>
        </dd>
        {representative && (
          <>
            <dt>{t('dossierNew.representative')}</dt>
            <dd>
              {representative.fullName} ({representative.relationship}) – {representative.phone}
            </dd>
          </>
        )}
        <dt>{t('dossierNew.review.documents')}</dt>
        <dd>
          <ul className="plain-list">
            {draft.requiredDocuments.map((required) => {
              const files = draft.documents.filter(
                (d) => d.purpose === 'Component' && d.requiredDocumentIndex === required.index,
              );
              return (
                <li key={required.index}>
                  <strong>{required.name}</strong>
                  {': '}
                  {files.length > 0
                    ? files.map((f) => `${f.fileName} (${formatFileSize(f.length, locale)})`).join(', ')
                    : t('dossierNew.review.noFile')}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      <p className="muted">{t('dossierNew.review.dueNote')}</p>
      <div className="wizard-actions">
        <button type="button" className="button button--secondary" onClick={onBack} disabled={pending}>
          {t('dossierNew.back')}
        </button>
        <button type="button" className="button" onClick={onSubmit} disabled={pending}>
          {pending ? t('dossierNew.submit.pending') : t('dossierNew.submit')}
        </button>
      </div>
    </section>
  );
}
