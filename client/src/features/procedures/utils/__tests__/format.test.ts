import { describe, expect, it } from 'vitest';

import { createTranslate } from '@/lib/i18n/translate';

import { formatDate, formatFee, formatProcessingTime, formatVnd } from '../format';

const vi = createTranslate('vi');
const en = createTranslate('en');
const nbsp = '\u00a0';

describe('formatVnd', () => {
  it('formats đồng the Vietnamese way whatever the UI language', () => {
    expect(formatVnd(75000)).toBe(`75.000${nbsp}₫`);
    expect(formatVnd(1250000)).toBe(`1.250.000${nbsp}₫`);
  });
});

describe('formatFee', () => {
  it('says free for 0', () => {
    expect(formatFee(0, vi)).toBe('Miễn phí');
    expect(formatFee(0, en)).toBe('Free');
  });

  it('gives the amount otherwise, in vi-VN format in both languages', () => {
    expect(formatFee(75000, vi)).toBe(`75.000${nbsp}₫`);
    expect(formatFee(75000, en)).toBe(`75.000${nbsp}₫`);
  });
});

describe('formatProcessingTime', () => {
  it('joins the value and the translated unit', () => {
    expect(formatProcessingTime({ value: 15, unit: 'WorkingDays' }, vi, 'vi-VN')).toBe('15 ngày làm việc');
    expect(formatProcessingTime({ value: 8, unit: 'WorkingHours' }, vi, 'vi-VN')).toBe('8 giờ làm việc');
    expect(formatProcessingTime({ value: 15, unit: 'WorkingDays' }, en, 'en-GB')).toBe('15 working days');
  });

  it('uses the singular in English for one', () => {
    expect(formatProcessingTime({ value: 1, unit: 'WorkingDays' }, en, 'en-GB')).toBe('1 working day');
    expect(formatProcessingTime({ value: 1, unit: 'WorkingHours' }, en, 'en-GB')).toBe('1 working hour');
  });

  it('formats fractions in the UI locale', () => {
    expect(formatProcessingTime({ value: 0.5, unit: 'WorkingDays' }, vi, 'vi-VN')).toBe('0,5 ngày làm việc');
    expect(formatProcessingTime({ value: 0.5, unit: 'WorkingDays' }, en, 'en-GB')).toBe('0.5 working days');
  });

  it('says "not specified" for a missing time', () => {
    expect(formatProcessingTime(null, vi, 'vi-VN')).toBe('Chưa quy định');
    expect(formatProcessingTime(null, en, 'en-GB')).toBe('Not specified');
  });
});

describe('formatDate', () => {
  it('shows the calendar date in Vietnam time', () => {
    // 20:00 UTC on 30 June is already 1 July in Khánh Hòa.
    expect(formatDate('2025-06-30T20:00:00Z', 'vi-VN')).toBe('01/07/2025');
    expect(formatDate(null, 'vi-VN')).toBeNull();
    expect(formatDate('not a date', 'vi-VN')).toBeNull();
  });
});
