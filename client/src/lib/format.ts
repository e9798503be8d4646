// Values shown to people, in the UI's locale and the province's time zone (Asia/Ho_Chi_Minh, UTC+7).

const provinceTimeZone = 'Asia/Ho_Chi_Minh';

function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** ISO date-time → a calendar date, e.g. "15/03/2025". */
export function formatDate(iso: string | null | undefined, locale: string): string | null {
  const date = toDate(iso);
  return date
    ? new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: provinceTimeZone,
      }).format(date)
    : null;
}

/** ISO date-time → a date and time, e.g. "15/03/2025 08:30" (with `seconds`, "15/03/2025 08:30:05"). */
export function formatDateTime(
  iso: string | null | undefined,
  locale: string,
  { seconds = false }: { seconds?: boolean } = {},
): string | null {
  const date = toDate(iso);
  return date
    ? new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(seconds ? { second: '2-digit' } : {}),
        timeZone: provinceTimeZone,
      }).format(date)
    : null;
}

/** An amount in đồng, e.g. "75.000 ₫". */
export function formatMoney(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' }).format(amount);
}

/** 1536 → "1,5 KB". */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit] ?? 'B'}`;
}
