import { useId, useState, type ChangeEvent } from 'react';

import {
  agencyLevels,
  isAgencyLevel,
  isOnlineServiceLevel,
  onlineServiceLevels,
  type Agency,
  type AgencyLevel,
  type OnlineServiceLevel,
} from '@/lib/api/types';
import { agencyLevelLabel, onlineLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useAgencies } from '../api/get-agencies';
import { useFields } from '../api/get-fields';

export type CatalogueFilterValues = {
  fieldId?: string;
  agencyId?: string;
  level?: AgencyLevel;
  onlineLevel?: OnlineServiceLevel;
};

type CatalogueFiltersProps = {
  values: CatalogueFilterValues;
  onChange: (values: CatalogueFilterValues) => void;
};

const groupByLevel = (agencies: Agency[]) =>
  agencyLevels
    .map((level) => ({ level, agencies: agencies.filter((agency) => agency.level === level) }))
    .filter((group) => group.agencies.length > 0);

const orUndefined = (value: string): string | undefined => (value === '' ? undefined : value);

/** Field, agency, level and online-level selects. Each change is applied at once. */
export function CatalogueFilters({ values, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const fieldsQuery = useFields();
  const agenciesQuery = useAgencies();

  // On narrow screens the selects fold away behind a toggle so that results come first.
  const [expanded, setExpanded] = useState(false);
  const activeCount = [values.fieldId, values.agencyId, values.level, values.onlineLevel].filter(Boolean).length;
  const hasFilters = activeCount > 0;
  const failed = fieldsQuery.isError || agenciesQuery.isError;

  const onSelect =
    (name: keyof CatalogueFilterValues) =>
    (event: ChangeEvent<HTMLSelectElement>): void => {
      const raw = event.target.value;
      const next: CatalogueFilterValues = { ...values };
      if (name === 'level') next.level = isAgencyLevel(raw) ? raw : undefined;
      else if (name === 'onlineLevel') next.onlineLevel = isOnlineServiceLevel(raw) ? raw : undefined;
      else next[name] = orUndefined(raw);
      onChange(next);
    };

  return (
    <section className={expanded ? 'filters panel is-expanded' : 'filters panel'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="filters__title">
        <span className="filters__title-text">{t('filters.title')}</span>
        <button
          type="button"
          className="filters__toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-body`}
          onClick={() => {
            setExpanded((value) => !value);
          }}
        >
          {hasFilters ? `${t('filters.title')} (${String(activeCount)})` : t('filters.title')}
          <span className="filters__chevron" aria-hidden="true" />
        </button>
      </h2>

      <div id={`${id}-body`} className="filters__body">
        <div className="form-field">
          <label htmlFor={`${id}-field`}>{t('filters.field')}</label>
          <select id={`${id}-field`} value={values.fieldId ?? ''} onChange={onSelect('fieldId')}>
            <option value="">{t('filters.field.all')}</option>
            {fieldsQuery.data?.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </select>
        </div>

        <div className="form-field">
          <label htmlFor={`${id}-agency`}>{t('filters.agency')}</label>
          <select id={`${id}-agency`} value={values.agencyId ?? ''} onChange={onSelect('agencyId')}>
            <option value="">{t('filters.agency.all')}</option>
            {groupByLevel(agenciesQuery.data ?? []).map((group) => (
              <optgroup key={group.level} label={agencyLevelLabel(t, group.level)}>
                {group.agencies.map((agency) => (
                  <option key={agency.id} value={agency.id}>
                    {agency.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>

        <div className="form-field">
          <label htmlFor={`${id}-level`}>{t('filters.level')}</label>
          <select id={`${id}-level`} value={values.level ?? ''} onChange={onSelect('level')}>
            <option value="">{t('filters.level.all')}</option>
            {agencyLevels.map((level) => (
              <option key={level} value={level}>
                {agencyLevelLabel(t, level)}
              </option>
            ))}
          </select>
        </div>

        <div className="form-field">
          <label htmlFor={`${id}-online`}>{t('filters.onlineLevel')}</label>
          <select id={`${id}-online`} value={values.onlineLevel ?? ''} onChange={onSelect('onlineLevel')}>
            <option value="">{t('filters.onlineLevel.all')}</option>
            {onlineServiceLevels.map((level) => (
              <option key={level} value={level}>
                {onlineLevelLabel(t, level)}
              </option>
            ))}
          </select>
        </div>

        {failed && (
          <div className="filters__error" role="alert">
            <p>{t('error.loadFailed')}</p>
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                if (fieldsQuery.isError) void fieldsQuery.refetch();
                if (agenciesQuery.isError) void agenciesQuery.refetch();
              }}
            >
              {t('error.retry')}
            </button>
          </div>
        )}

        {hasFilters && (
          <button
            type="button"
            className="button button--secondary filters__clear"
            onClick={() => {
              onChange({});
            }}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
