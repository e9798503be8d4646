import { useState, type SubmitEvent } from 'react';

import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useTranslation } from '@/lib/i18n/use-translation';

import { auditActions } from '../utils/audit-actions';
import type { AuditFilter } from '../utils/audit-filter';

export type AuditActor = { id: string; label: string };

type AuditFilterFormProps = {
  filter: AuditFilter;
  /** Called with the new filters, back on the first page. */
  onSubmit: (filter: AuditFilter) => void;
  /** The accounts one can filter by. */
  actors: readonly AuditActor[];
  /** The server's errors for the `from` and `to` fields, when it refused the filters. */
  serverErrors?: Partial<Record<'from' | 'to', string[]>>;
};

type Values = Required<Omit<AuditFilter, 'page'>>;

const toValues = (filter: AuditFilter): Values => ({
  action: filter.action ?? '',
  actorId: filter.actorId ?? '',
  from: filter.from ?? '',
  to: filter.to ?? '',
});

/** The filters of the audit log: action, actor and a period of days. */
export function AuditFilterForm({ filter, onSubmit, actors, serverErrors = {} }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => toValues(filter));
  const [periodError, setPeriodError] = useState<string | null>(null);

  const set = (name: keyof Values) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setPeriodError(t('admin.audit.filter.toBeforeFrom'));
      return;
    }
    setPeriodError(null);
    onSubmit({
      ...(values.action ? { action: values.action } : {}),
      ...(values.actorId ? { actorId: values.actorId } : {}),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      page: 1,
    });
  };

  // An actor from the URL who is not in the list (a citizen, say) stays choosable.
  const actorOptions =
    values.actorId && !actors.some((actor) => actor.id === values.actorId)
      ? [{ value: values.actorId, label: values.actorId }]
      : [];
  const hasFilters = Object.values(toValues(filter)).some(Boolean);

  return (
    <form className="audit-filter" aria-label={t('admin.audit.filter.title')} noValidate onSubmit={handleSubmit}>
      <SelectField
        id="audit-filter-action"
        label={t('admin.audit.filter.action')}
        value={values.action}
        allLabel={t('admin.audit.filter.action.all')}
        options={auditActions.map((action) => ({ value: action, label: t(`admin.audit.action.${action}`) }))}
        onChange={set('action')}
      />
      <SelectField
        id="audit-filter-actor"
        label={t('admin.audit.filter.actor')}
        value={values.actorId}
        allLabel={t('admin.audit.filter.actor.all')}
        options={[...actorOptions, ...actors.map((actor) => ({ value: actor.id, label: actor.label }))]}
        onChange={set('actorId')}
      />
      <TextField
        label={t('admin.audit.filter.from')}
        type="date"
        name="from"
        value={values.from}
        errors={serverErrors.from}
        onChange={(event) => {
          set('from')(event.target.value);
        }}
      />
      <TextField
        label={t('admin.audit.filter.to')}
        type="date"
        name="to"
        value={values.to}
        min={values.from || undefined}
        errors={[...(periodError ? [periodError] : []), ...(serverErrors.to ?? [])]}
        onChange={(event) => {
          set('to')(event.target.value);
        }}
      />
      <div className="audit-filter__actions">
        <button type="submit" className="button">
          {t('admin.audit.filter.submit')}
        </button>
        {hasFilters && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onSubmit({ page: 1 });
            }}
          >
            {t('admin.audit.filter.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
