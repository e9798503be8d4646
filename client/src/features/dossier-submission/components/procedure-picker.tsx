import { SearchBox } from '@/components/ui/search-box';
import { Spinner } from '@/components/ui/spinner';
import type { ProcedureSummary } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

type ProcedurePickerProps = {
  /** The search results, undefined before the first search. */
  results: readonly ProcedureSummary[] | undefined;
  isPending: boolean;
  isError: boolean;
  selectedId: string | undefined;
  onSearch: (text: string) => void;
  onSelect: (id: string) => void;
};

/** At the counter: find a procedure by name or code and pick it. */
export function ProcedurePicker({ results, isPending, isError, selectedId, onSearch, onSelect }: ProcedurePickerProps) {
  const { t } = useTranslation();
  return (
    <div>
      <SearchBox label={t('intake.procedure.search')} placeholder={t('search.placeholder')} onSearch={onSearch} />
      {isPending && <Spinner label={t('common.loading')} />}
      {isError && (
        <p className="form-field__errors" role="alert">
          {t('error.loadFailed')}
        </p>
      )}
      {results?.length === 0 && <p className="muted">{t('intake.procedure.none')}</p>}
      {results && results.length > 0 && (
        <fieldset className="form-field">
          <legend>{t('intake.procedure.choose')}</legend>
          <div className="procedure-picker__results">
            {results.map((procedure) => (
              <label key={procedure.id} className="checkbox">
                <input
                  type="radio"
                  name="procedureId"
                  value={procedure.id}
                  checked={selectedId === procedure.id}
                  onChange={() => {
                    onSelect(procedure.id);
                  }}
                />{' '}
                {procedure.name} <span className="muted">({procedure.code})</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
