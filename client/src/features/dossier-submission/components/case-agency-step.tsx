import { useId, useState, type SubmitEvent } from 'react';

import type { ProcedureDetail } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

export type CaseAgencyChoice = { caseIndex: number | null; agencyId: string };

type CaseAgencyStepProps = {
  procedure: ProcedureDetail;
  initial: CaseAgencyChoice;
  onNext: (choice: { caseIndex: number; agencyId: string }) => void;
};

/** Step 1: the procedure's case (trường hợp) and the implementing agency that will settle the dossier. */
export function CaseAgencyStep({ procedure, initial, onNext }: CaseAgencyStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const onlyCase = procedure.cases.length === 1 ? 0 : null;
  const onlyAgency = procedure.implementingAgencies.length === 1 ? (procedure.implementingAgencies[0]?.id ?? '') : '';
  const [caseIndex, setCaseIndex] = useState<number | null>(initial.caseIndex ?? onlyCase);
  const [agencyId, setAgencyId] = useState(initial.agencyId || onlyAgency);
  const [showErrors, setShowErrors] = useState(false);

  const caseMissing = caseIndex === null;
  const agencyMissing = agencyId === '';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (caseIndex === null || agencyId === '') {
      setShowErrors(true);
      return;
    }
    onNext({ caseIndex, agencyId });
  };

  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('dossierNew.step.choice')}
      </h2>
      <fieldset
        className="form-field"
        aria-invalid={(showErrors && caseMissing) || undefined}
        aria-describedby={showErrors && caseMissing ? `${id}-case-error` : undefined}
      >
        <legend>{t('dossierNew.case')}</legend>
        {procedure.cases.map((procedureCase, index) => (
          <label key={procedureCase.name} className="checkbox">
            <input
              type="radio"
              name="caseIndex"
              value={index}
              checked={caseIndex === index}
              onChange={() => {
                setCaseIndex(index);
              }}
            />{' '}
            {procedureCase.name}
          </label>
        ))}
        {showErrors && caseMissing && (
          <ul id={`${id}-case-error`} className="form-field__errors">
            <li>{t('dossierNew.case.required')}</li>
          </ul>
        )}
      </fieldset>
      <fieldset
        className="form-field"
        aria-invalid={(showErrors && agencyMissing) || undefined}
        aria-describedby={showErrors && agencyMissing ? `${id}-agency-error` : undefined}
      >
        <legend>{t('dossierNew.agency')}</legend>
        {procedure.implementingAgencies.map((agency) => (
          <label key={agency.id} className="checkbox">
            <input
              type="radio"
              name="agencyId"
              value={agency.id}
              checked={agencyId === agency.id}
              onChange={() => {
                setAgencyId(agency.id);
              }}
            />{' '}
            {agency.name}
          </label>
        ))}
        {procedure.implementingAgencies.length === 0 && <p className="muted">{t('dossierNew.agency.none')}</p>}
        {showErrors && agencyMissing && (
          <ul id={`${id}-agency-error`} className="form-field__errors">
            <li>{t('dossierNew.agency.required')}</li>
          </ul>
        )}
      </fieldset>
      <div className="wizard-actions">
        <button type="submit" className="button">
          {t('dossierNew.next')}
        </button>
      </div>
    </form>
  );
}
