import { roleLabel } from '@/lib/i18n/enum-labels';
import type { Translate } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

type AuditDetailsProps = {
  /** What changed, as the JSON document the API recorded. */
  details: string;
  /** Display names of the ids that may appear in it (accounts, agencies). */
  names: ReadonlyMap<string, string>;
};

const labelledFields = [
  'officerId',
  'roles',
  'active',
  'login',
  'reason',
  'fullName',
  'email',
  'phoneNumber',
  'agencyId',
  'name',
  'scopes',
  'year',
] as const;
const knownReasons = ['wrong password', 'unknown account', 'locked'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Longer values (whole procedures, calendars) are cut here, and shown in full on demand. */
const SHORT_LENGTH = 80;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseDetails(details: string): [string, unknown][] | null {
  try {
    const value: unknown = JSON.parse(details);
    return isRecord(value) ? Object.entries(value) : null;
  } catch {
    return null;
  }
}

/** A scalar as people read it: names for known ids, translated roles, reasons and yes/no. */
function scalarText(t: Translate, names: ReadonlyMap<string, string>, field: string, value: unknown): string | null {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('admin.audit.details.yes') : t('admin.audit.details.no');
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  if (field === 'roles') return roleLabel(t, value);
  if (field === 'reason' && isOneOf(knownReasons, value)) return t(`admin.audit.reason.${value}`);
  return names.get(value) ?? value;
}

/** An entry's "what changed": one line per recorded property; nested documents shortened. */
export function AuditDetails({ details, names }: AuditDetailsProps) {
  const { t } = useTranslation();
  const entries = parseDetails(details);
  if (!entries) return <span className="code">{details}</span>;
  if (entries.length === 0) return <span className="muted">{t('admin.audit.details.none')}</span>;

  const renderValue = (field: string, value: unknown) => {
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    const texts = items.map((item) => scalarText(t, names, field, item));
    if (texts.every((text) => text !== null)) return texts.length > 0 ? texts.join(', ') : '—';
    const json = JSON.stringify(value);
    if (json.length <= SHORT_LENGTH) return <span className="code">{json}</span>;
    return (
      <details>
        <summary>
          <span className="code">{json.slice(0, SHORT_LENGTH)}…</span> {t('admin.audit.details.more')}
        </summary>
        <pre className="code audit-details__json">{JSON.stringify(value, null, 2)}</pre>
      </details>
    );
  };

  return (
    <dl className="meta-list meta-list--inline">
      {entries.map(([field, value]) => (
        <div key={field} className="meta-list__item">
          <dt>{isOneOf(labelledFields, field) ? t(`admin.audit.field.${field}`) : field}</dt>
          <dd>{renderValue(field, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
