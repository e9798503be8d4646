import type { ProcessingTime } from '@/lib/api/types';
import type { Translate } from '@/lib/i18n/translate';

// Amounts are Vietnamese đồng whatever the UI language, so they are always formatted vi-VN.
const vndFormatter = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** 75000 → "75.000 ₫" (the space before ₫ is a no-break space). */
export const formatVnd = (amount: number): string => vndFormatter.format(amount);

/** 0 → "Miễn phí" / "Free"; otherwise the VND amount. */
export const formatFee = (amount: number, t: Translate): string =>
  amount === 0 ? t('common.free') : formatVnd(amount);

/** { value: 15, unit: 'WorkingDays' } → "15 ngày làm việc" / "15 working days"; null → "Chưa quy định". */
export function formatProcessingTime(time: ProcessingTime | null, t: Translate, locale: string): string {
  if (time === null) return t('common.notSpecified');
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(time.value);
  return `${value} ${t(`timeUnit.${time.unit}`, { count: time.value })}`;
}

/** ISO date-time → a calendar date in the province's time zone, e.g. "15/03/2025". */
export function formatDate(iso: string | null, locale: string): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}
