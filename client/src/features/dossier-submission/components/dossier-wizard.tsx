import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { dossierQueryKey, useDossier } from '@/lib/api/dossier';
import type { Account, DossierDetail, DossierDocument, ProcedureDetail } from '@/lib/api/types';
import { dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { isApiError } from '@/lib/problem-details';

import { useCreateDossier } from '../api/create-dossier';
import { useSubmitDossier } from '../api/submit-dossier';

import { ApplicantStep, type ApplicantFormValues } from './applicant-step';
import { CaseAgencyStep, type CaseAgencyChoice } from './case-agency-step';
import { DocumentsStep } from './documents-step';
import { ReviewStep } from './review-step';
import { SubmissionSuccess } from './submission-success';
import { WizardStepper, type WizardStep } from './wizard-stepper';
import './dossier-wizard.css';

type DossierWizardProps = {
  procedure: ProcedureDetail;
  /** A draft to resume (it starts at the documents step). */
  draftId?: string;
  /** The signed-in applicant, whose details prefill step 2 (not at the counter). */
  prefill?: Account;
  /** Counter intake: the receptionist types a walk-in applicant's details and picks Counter or Postal. */
  counter?: boolean;
  /** The draft exists: the page should remember its id (e.g. in the URL) so it can be resumed. */
  onDraftCreated: (id: string) => void;
  dossierHref: (id: string) => string;
  myDossiersHref?: string;
};

const emptyRepresentative = { fullName: '', identityNumber: '', phone: '', relationship: '' };

const initialApplicant = (prefill: Account | undefined, counter: boolean): ApplicantFormValues => ({
  kind: 'Citizen',
  fullName: prefill?.fullName ?? '',
  identityNumber: prefill?.citizenId ?? '',
  phone: prefill?.phoneNumber ?? '',
  email: prefill?.email ?? '',
  address: '',
  onBehalf: false,
  representative: emptyRepresentative,
  channel: counter ? 'Counter' : 'Online',
});

/** A request the server answered with a client error will not succeed if repeated: the next try is a new intent. */
const isFinal = (error: unknown) => isApiError(error) && error.status < 500;

const isDossier = (value: unknown): value is DossierDetail =>
  typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'status' in value;

/**
 * The submission wizard: (1) case and agency, (2) applicant, which creates the draft, (3) one upload per
 * required document, (4) review and submit. Used online by applicants and at the counter by receptionists.
 */
export function DossierWizard({
  procedure,
  draftId,
  prefill,
  counter = false,
  onDraftCreated,
  dossierHref,
  myDossiersHref,
}: DossierWizardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WizardStep>(draftId ? 3 : 1);
  const [choice, setChoice] = useState<CaseAgencyChoice>({ caseIndex: null, agencyId: '' });
  const [applicant, setApplicant] = useState<ApplicantFormValues>(() => initialApplicant(prefill, counter));
  const [submitted, setSubmitted] = useState<DossierDetail | null>(null);
  const createKey = useRef<string | null>(null);
  const submitKey = useRef<string | null>(null);

  const createDossier = useCreateDossier();
  const submitDossier = useSubmitDossier();
  const draftQuery = useDossier(draftId);
  const draft = draftQuery.data;

  if (submitted)
    return (
      <>
        <WizardStepper current={4} />
        <SubmissionSuccess
          dossier={submitted}
          dossierHref={dossierHref(submitted.id)}
          myDossiersHref={myDossiersHref}
          counter={counter}
        />
      </>
    );

  if (draftId && draftQuery.isPending) return <Spinner label={t('dossierNew.draft.loading')} />;
  if (draftId && draftQuery.isError)
    return (
      <QueryError
        message={
          isApiError(draftQuery.error) && draftQuery.error.isNotFound ? t('dossierNew.draft.notFound') : undefined
        }
        onRetry={() => {
          void draftQuery.refetch();
        }}
      />
    );
  if (draft && draft.status !== 'Draft')
    return (
      <div className="callout" role="status">
        <p className="callout__title">{t('dossierNew.draft.notDraft')}</p>
        <p>
          {draft.code ?? ''} – {dossierStatusLabel(t, draft.status)}
        </p>
        <Link className="button" to={dossierHref(draft.id)}>
          {t('dossierNew.success.open')}
        </Link>
      </div>
    );

  const updateDraft = (change: (current: DossierDetail) => DossierDetail) => {
    if (!draft) return;
    queryClient.setQueryData<DossierDetail>(dossierQueryKey(draft.id), (current) =>
      current ? change(current) : current,
    );
    // The server bumps the version with each file: read it back before submitting.
    void queryClient.invalidateQueries({ queryKey: dossierQueryKey(draft.id) });
  };

  const handleUploaded = (document: DossierDocument) => {
    updateDraft((current) => ({
      ...current,
      documents: [...current.documents, document],
      requiredDocuments: current.requiredDocuments.map((r) =>
        r.index === document.requiredDocumentIndex ? { ...r, supplied: true } : r,
      ),
    }));
  };

  const handleRemoved = (documentId: string) => {
    updateDraft((current) => {
      const documents = current.documents.filter((d) => d.id !== documentId);
      return {
        ...current,
        documents,
        requiredDocuments: current.requiredDocuments.map((r) => ({
          ...r,
          supplied: documents.some((d) => d.purpose === 'Component' && d.requiredDocumentIndex === r.index),
        })),
      };
    });
  };

  const handleCreate = (values: ApplicantFormValues) => {
    setApplicant(values);
    if (choice.caseIndex === null) {
      setStep(1);
      return;
    }
    createKey.current ??= newIdempotencyKey();
    createDossier.mutate(
      {
        idempotencyKey: createKey.current,
        body: {
          procedureId: procedure.id,
          caseIndex: choice.caseIndex,
          agencyId: choice.agencyId,
          channel: values.channel,
          applicant: {
            kind: values.kind,
            fullName: values.fullName.trim(),
            identityNumber: values.identityNumber.trim(),
            phone: values.phone.trim(),
            email: values.email.trim() || null,
            address: values.address.trim(),
          },
          representative: values.onBehalf
            ? {
                fullName: values.representative.fullName.trim(),
                identityNumber: values.representative.identityNumber.trim(),
                phone: values.representative.phone.trim(),
                relationship: values.representative.relationship.trim(),
              }
            : undefined,
          submit: false,
        },
      },
      {
        onSuccess: (created) => {
          createKey.current = null;
          queryClient.setQueryData(dossierQueryKey(created.id), created);
          void queryClient.invalidateQueries({ queryKey: ['dossiers', 'mine'] });
          setStep(3);
          onDraftCreated(created.id);
        },
        onError: (error) => {
          if (isFinal(error)) createKey.current = null;
        },
      },
    );
  };

  const handleSubmit = () => {
    if (!draft) return;
    submitKey.current ??= newIdempotencyKey();
    submitDossier.mutate(
      { id: draft.id, version: draft.version, idempotencyKey: submitKey.current },
      {
        onSuccess: (dossier) => {
          submitKey.current = null;
          setSubmitted(dossier);
        },
        onError: (error) => {
          if (isFinal(error)) submitKey.current = null;
          if (isApiError(error) && error.status === 409) {
            const current: unknown = error.problem.current;
            if (isDossier(current)) queryClient.setQueryData(dossierQueryKey(current.id), current);
            else void queryClient.invalidateQueries({ queryKey: dossierQueryKey(draft.id) });
          }
        },
      },
    );
  };

  const current: WizardStep = draft ? (step < 3 ? 3 : step) : step > 2 ? 2 : step;
  const agencyName = procedure.implementingAgencies.find((a) => a.id === choice.agencyId)?.name;

  return (
    <div className="wizard">
      <WizardStepper current={current} />
      {current === 1 && (
        <CaseAgencyStep
          procedure={procedure}
          initial={choice}
          onNext={(next) => {
            setChoice(next);
            setStep(2);
          }}
        />
      )}
      {current === 2 && (
        <ApplicantStep
          initial={applicant}
          counter={counter}
          pending={createDossier.isPending}
          error={createDossier.error}
          onChange={() => {
            createKey.current = null;
          }}
          onBack={() => {
            createDossier.reset();
            setStep(1);
          }}
          onSubmit={handleCreate}
        />
      )}
      {current === 3 && draft && (
        <DocumentsStep
          draft={draft}
          onUploaded={handleUploaded}
          onRemoved={handleRemoved}
          onNext={() => {
            setStep(4);
          }}
        />
      )}
      {current === 4 && draft && (
        <ReviewStep
          draft={draft}
          agencyName={agencyName}
          pending={submitDossier.isPending || draftQuery.isFetching}
          error={submitDossier.error}
          onBack={() => {
            submitDossier.reset();
            setStep(3);
          }}
          onSubmit={handleSubmit}
        />
      )}
    </div>
  );
}
