import { DownloadButton } from '@/components/ui/download-button';
import type { DossierDetail } from '@/lib/api/types';
import { formatDateTime, formatFileSize } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

import { downloadDocument } from '../api/download-file';

type DossierDocumentsProps = {
  dossier: DossierDetail;
};

/** The required documents with a tick when supplied, and every file of the dossier with a download button. */
export function DossierDocuments({ dossier }: DossierDocumentsProps) {
  const { t, locale } = useTranslation();
  const requiredName = (index: number | null | undefined) =>
    dossier.requiredDocuments.find((doc) => doc.index === index)?.name;

  return (
    <section className="panel" aria-labelledby="dossier-documents-title">
      <h2 id="dossier-documents-title" className="section-title">
        {t('dossier.requiredDocuments')}
      </h2>
      {dossier.requiredDocuments.length > 0 && (
        <ul className="plain-list" aria-label={t('dossier.requiredDocuments')}>
          {dossier.requiredDocuments.map((doc) => (
            <li key={doc.index}>
              <span aria-hidden="true">{doc.supplied ? '✔ ' : '○ '}</span>
              {doc.name}{' '}
              <span className="muted">({doc.supplied ? t('dossier.supplied') : t('dossier.notSupplied')})</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="case-section__subtitle">{t('dossier.documents')}</h3>
      {dossier.documents.length === 0 ? (
        <p className="muted">{t('dossier.documents.empty')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('dossier.documents')}>
          {dossier.documents.map((doc) => (
            <li key={doc.id}>
              <DownloadButton
                label={doc.fileName}
                ariaLabel={t('dossier.documents.download', { name: doc.fileName })}
                fileName={doc.fileName}
                fetchFile={() => downloadDocument(dossier.id, doc.id)}
                failedMessage={t('dossier.documents.downloadFailed')}
              />{' '}
              <span className="muted">
                {t(`dossier.purpose.${doc.purpose}`)}
                {requiredName(doc.requiredDocumentIndex) ? ` – ${requiredName(doc.requiredDocumentIndex) ?? ''}` : ''}
                {' · '}
                {formatFileSize(doc.length, locale)}
                {' · '}
                {formatDateTime(doc.uploadedAt, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
