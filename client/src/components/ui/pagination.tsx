import { useTranslation } from '@/lib/i18n/use-translation';

type PaginationProps = {
  pageNumber: number;
  totalPages: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  onPageChange: (pageNumber: number) => void;
};

export function Pagination({ pageNumber, totalPages, hasPreviousPage, hasNextPage, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={!hasPreviousPage}
        onClick={() => {
          onPageChange(pageNumber - 1);
        }}
      >
        <span aria-hidden="true">‹ </span>
        {t('pagination.previous')}
      </button>
      <p className="pagination__status">{t('pagination.status', { page: pageNumber, total: totalPages })}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={!hasNextPage}
        onClick={() => {
          onPageChange(pageNumber + 1);
        }}
      >
        {t('pagination.next')}
        <span aria-hidden="true"> ›</span>
      </button>
    </nav>
  );
}
