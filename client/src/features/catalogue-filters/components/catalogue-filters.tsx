import { useId, useState, type ComponentProps } from 'react';

import { SelectField } from '@/components/ui/select-field';
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

/** One filter's select: which value it sets, its label, its "all" option and its options. */
type FilterSelect = { name: keyof CatalogueFilterValues } & Omit<
  ComponentProps<typeof SelectField>,
  'id' | 'value' | 'onChange'
>;

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
    (raw: string): void => {
      const next: CatalogueFilterValues = { ...values };
      if (name === 'level') next.level = isAgencyLevel(raw) ? raw : undefined;
      else if (name === 'onlineLevel') next.onlineLevel = isOnlineServiceLevel(raw) ? raw : undefined;
      else next[name] = orUndefined(raw);
      onChange(next);
    };

  const fieldOptions = (fieldsQuery.data ?? []).map((field) => ({ value: field.id, label: field.name }));
  const agencyGroups = groupByLevel(agenciesQuery.data ?? []).map((group) => ({
    label: agencyLevelLabel(t, group.level),
    options: group.agencies.map((agency) => ({ value: agency.id, label: agency.name })),
  }));
  const levelOptions = agencyLevels.map((level) => ({ value: level, label: agencyLevelLabel(t, level) }));
  const onlineOptions = onlineServiceLevels.map((level) => ({ value: level, label: onlineLevelLabel(t, level) }));

  const selects: FilterSelect[] = [
    { name: 'fieldId', label: t('filters.field'), allLabel: t('filters.field.all'), options: fieldOptions },
    { name: 'agencyId', label: t('filters.agency'), allLabel: t('filters.agency.all'), options: agencyGroups },
    { name: 'level', label: t('filters.level'), allLabel: t('filters.level.all'), options: levelOptions },
    {
      name: 'onlineLevel',
      label: t('filters.onlineLevel'),
      allLabel: t('filters.onlineLevel.all'),
      options: onlineOptions,
    },
  ];

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
        {selects.map(({ name, ...select }) => (
          <SelectField key={name} id={`${id}-${name}`} value={values[name]} onChange={onSelect(name)} {...select} />
        ))}

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
