import { useId } from 'react';

import type { ProcedureCase } from '@/lib/api/types';
import { documentFormLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { formatFee, formatProcessingTime } from '../utils/format';

type ProcedureCaseSectionProps = {
  procedureCase: ProcedureCase;
  /** Anchor for the in-page list of cases. */
  anchorId: string;
};

export function ProcedureCaseSection({ procedureCase, anchorId }: ProcedureCaseSectionProps) {
  const { t, locale } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const feesId = `${id}-fees`;
  const documentsId = `${id}-documents`;

  return (
    <section id={anchorId} className="case-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="case-section__title">
        {procedureCase.name}
      </h3>
      <dl className="meta-list meta-list--inline">
        <div className="meta-list__item">
          <dt>{t('case.processingTime')}</dt>
          <dd>{formatProcessingTime(procedureCase.processingTime, t, locale)}</dd>
        </div>
      </dl>

      <h4 id={feesId} className="case-section__subtitle">
        {t('case.fees')}
      </h4>
      {procedureCase.fees.length === 0 ? (
        <p className="muted">{t('case.fees.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={feesId}>
            <thead>
              <tr>
                <th scope="col">{t('case.fees.amount')}</th>
                <th scope="col">{t('case.fees.description')}</th>
              </tr>
            </thead>
            <tbody>
              {procedureCase.fees.map((fee, index) => (
                <tr key={index}>
                  <td className="nowrap">{formatFee(fee.amount, t)}</td>
                  <td>{fee.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4 id={documentsId} className="case-section__subtitle">
        {t('case.documents')}
      </h4>
      {procedureCase.documents.length === 0 ? (
        <p className="muted">{t('case.documents.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--documents" aria-labelledby={documentsId}>
            <thead>
              <tr>
                <th scope="col" className="data-table__index">
                  {t('case.documents.index')}
                </th>
                <th scope="col">{t('case.documents.name')}</th>
                <th scope="col" className="data-table__form">
                  {t('case.documents.form')}
                </th>
                <th scope="col" className="data-table__number">
                  {t('case.documents.count')}
                </th>
                <th scope="col">{t('case.documents.template')}</th>
              </tr>
            </thead>
            <tbody>
              {procedureCase.documents.map((document, index) => (
                <tr key={index}>
                  <td className="data-table__index">{index + 1}</td>
                  <td>{document.name}</td>
                  <td className="data-table__form" data-label={t('case.documents.form')}>
                    {documentFormLabel(t, document.form)}
                  </td>
                  <td className="data-table__number" data-label={t('case.documents.count')}>
                    {document.count}
                  </td>
                  <td data-label={t('case.documents.template')}>{document.templateFileName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
