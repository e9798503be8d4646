import { useId, useState } from 'react';

import type { DossierDetail, DossierDocument } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { DocumentUploadRow } from './document-upload-row';

type DocumentsStepProps = {
  draft: DossierDetail;
  onUploaded: (document: DossierDocument) => void;
  onRemoved: (documentId: string) => void;
  onNext: () => void;
};

const componentsFor = (draft: DossierDetail, index: number) =>
  draft.documents.filter((d) => d.purpose === 'Component' && d.requiredDocumentIndex === index);

/** Step 3: one upload row per required document of the chosen case. */
export function DocumentsStep({ draft, onUploaded, onRemoved, onNext }: DocumentsStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const [showMissing, setShowMissing] = useState(false);
  const missing = draft.requiredDocuments.filter((r) => componentsFor(draft, r.index).length === 0 && !r.supplied);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('dossierNew.step.documents')}
      </h2>
      <p className="muted">{t('dossierNew.documents.lead')}</p>
      {draft.requiredDocuments.length === 0 ? (
        <p>{t('dossierNew.documents.none')}</p>
      ) : (
        <ol className="plain-list upload-list" aria-label={t('dossierNew.documents.list')}>
          {draft.requiredDocuments.map((required) => (
            <DocumentUploadRow
              key={required.index}
              dossierId={draft.id}
              index={required.index}
              name={required.name}
              documents={componentsFor(draft, required.index)}
              onUploaded={onUploaded}
              onRemoved={onRemoved}
            />
          ))}
        </ol>
      )}
      {showMissing && missing.length > 0 && (
        <div className="callout callout--warning" role="alert">
          <p className="callout__title">{t('dossierNew.documents.missing')}</p>
          <ul>
            {missing.map((r) => (
              <li key={r.index}>{r.name}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="wizard-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            if (missing.length > 0) setShowMissing(true);
            else onNext();
          }}
        >
          {t('dossierNew.next')}
        </button>
      </div>
    </section>
  );
}
