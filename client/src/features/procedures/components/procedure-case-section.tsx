import { useId } from 'react';

import type { ProcedureCase } from '@/lib/api/types';
import { documentFormLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { formatFee, formatProcessingTime } from '../utils/format';

import { CaseTable } from './case-table';

type ProcedureCaseSectionProps = {
  procedureCase: ProcedureCase;
  /** Anchor for the in-page list of cases. */
  anchorId: string;
};

export function ProcedureCaseSection({ procedureCase, anchorId }: ProcedureCaseSectionProps) {
  const { t, locale } = useTranslation();
  const headingId = `${useId()}-heading`;

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

      <CaseTable
        title={t('case.fees')}
        emptyText={t('case.fees.none')}
        rows={procedureCase.fees}
        head={
          <>
            <th scope="col">{t('case.fees.amount')}</th>
            <th scope="col">{t('case.fees.description')}</th>
          </>
        }
        renderRow={(fee) => (
          <>
            <td className="nowrap">{formatFee(fee.amount, t)}</td>
            <td>{fee.description}</td>
          </>
        )}
      />

      <CaseTable
        title={t('case.documents')}
        emptyText={t('case.documents.none')}
        rows={procedureCase.documents}
        className="data-table--documents"
        head={
          <>
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
          </>
        }
        renderRow={(document, index) => (
          <>
            <td className="data-table__index">{index + 1}</td>
            <td>{document.name}</td>
            <td className="data-table__form" data-label={t('case.documents.form')}>
              {documentFormLabel(t, document.form)}
            </td>
            <td className="data-table__number" data-label={t('case.documents.count')}>
              {document.count}
            </td>
            <td data-label={t('case.documents.template')}>{document.templateFileName ?? '—'}</td>
          </>
        )}
      />
    </section>
  );
}
