/** The largest file the API accepts. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The file types the API accepts (it reads the type from the content; this only filters the picker). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png';

/** 1536 → "1,5 KB"; sizes in the UI's locale. */
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

/** ISO date-time → a date and time in the province's time zone, e.g. "15/03/2025 08:30". */
export function formatDateTime(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}
