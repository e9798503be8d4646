import { useTranslation } from '@/lib/i18n/use-translation';

const PLACEHOLDERS = [0, 1, 2, 3];

export function ProcedureListSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="skeleton-list" role="status">
      <span className="visually-hidden">{t('results.loading')}</span>
      {PLACEHOLDERS.map((index) => (
        <div key={index} className="skeleton-card" aria-hidden="true">
          <div className="skeleton skeleton--title" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line skeleton--short" />
        </div>
      ))}
    </div>
  );
}
