import { Link } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useFields } from '../api/get-fields';

/** The list of fields (lĩnh vực), each a link to the procedures of that field. */
export function FieldLinks() {
  const { t } = useTranslation();
  const fieldsQuery = useFields();

  if (fieldsQuery.isPending) return <Spinner label={t('common.loading')} />;
  if (fieldsQuery.isError) {
    return (
      <QueryError
        onRetry={() => {
          void fieldsQuery.refetch();
        }}
      />
    );
  }
  if (fieldsQuery.data.length === 0) return <p className="muted">{t('home.fields.empty')}</p>;

  return (
    <ul className="field-grid">
      {fieldsQuery.data.map((field) => (
        <li key={field.id}>
          <Link className="field-link" to={paths.procedures.getHref(new URLSearchParams({ fieldId: field.id }))}>
            {field.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
