import { useId } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

import { nextRowKey, type SessionRow } from '../utils/calendar-form';

import { FieldMessages } from './field-messages';

type OfficeSessionsFieldsetProps = {
  sessions: readonly SessionRow[];
  onChange: (sessions: SessionRow[]) => void;
  /** Messages by row key. */
  rowErrors: ReadonlyMap<number, readonly string[]>;
  /** Messages about the list as a whole. */
  errors: readonly string[];
};

/** The office sessions of a working day: start and end times, rows added and removed. */
export function OfficeSessionsFieldset({ sessions, onChange, rowErrors, errors }: OfficeSessionsFieldsetProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = (key: number, change: Partial<SessionRow>) => {
    onChange(sessions.map((session) => (session.key === key ? { ...session, ...change } : session)));
  };
  const groupErrors = sessions.length === 0 ? [t('calendar.sessions.empty'), ...errors] : errors;

  return (
    <fieldset
      className="form-field calendar-list"
      aria-describedby={[`${id}-hint`, groupErrors.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ')}
      aria-invalid={groupErrors.length > 0 || undefined}
    >
      <legend className="calendar-list__legend">{t('calendar.sessions.title')}</legend>
      <p id={`${id}-hint`} className="form-field__hint">
        {t('calendar.sessions.hint')}
      </p>
      <ul className="calendar-list__rows">
        {sessions.map((session, index) => {
          const number = index + 1;
          const messages = rowErrors.get(session.key) ?? [];
          const messagesId = `${id}-${String(session.key)}-messages`;
          const invalid = messages.length > 0 || undefined;
          const describedBy = messages.length > 0 ? messagesId : undefined;
          return (
            <li key={session.key} className="calendar-row">
              <div className="calendar-row__fields">
                <div className="calendar-row__field">
                  <label htmlFor={`${id}-${String(session.key)}-start`}>
                    {t('calendar.sessions.start', { index: number })}
                  </label>
                  <input
                    id={`${id}-${String(session.key)}-start`}
                    className="text-input"
                    type="time"
                    required
                    value={session.start}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    onChange={(event) => {
                      update(session.key, { start: event.target.value });
                    }}
                  />
                </div>
                <div className="calendar-row__field">
                  <label htmlFor={`${id}-${String(session.key)}-end`}>
                    {t('calendar.sessions.end', { index: number })}
                  </label>
                  <input
                    id={`${id}-${String(session.key)}-end`}
                    className="text-input"
                    type="time"
                    required
                    value={session.end}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    onChange={(event) => {
                      update(session.key, { end: event.target.value });
                    }}
                  />
                </div>
                <button
                  type="button"
                  className="button button--secondary calendar-row__remove"
                  onClick={() => {
                    onChange(sessions.filter((other) => other.key !== session.key));
                  }}
                >
                  {t('calendar.sessions.remove', { index: number })}
                </button>
              </div>
              <FieldMessages id={messagesId} errors={messages} />
            </li>
          );
        })}
      </ul>
      {groupErrors.length > 0 && (
        <ul id={`${id}-errors`} className="form-field__errors">
          {groupErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onChange([...sessions, { key: nextRowKey(), start: '', end: '' }]);
        }}
      >
        {t('calendar.sessions.add')}
      </button>
    </fieldset>
  );
}
