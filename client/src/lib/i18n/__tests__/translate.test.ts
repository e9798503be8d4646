import { describe, expect, it } from 'vitest';

import { en } from '../en';
import { translate } from '../translate';
import { vi } from '../vi';

describe('dictionaries', () => {
  it('have the same keys and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const text of [...Object.values(vi), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

describe('translate', () => {
  it('fills placeholders and picks the singular form for a count of one', () => {
    expect(translate('vi', 'pagination.status', { page: 2, total: 5 })).toBe('Trang 2 / 5');
    expect(translate('en', 'pagination.status', { page: 2, total: 5 })).toBe('Page 2 of 5');
    expect(translate('en', 'results.total', { count: 1, total: '1' })).toBe('Found 1 procedure');
    expect(translate('en', 'results.total', { count: 1200, total: '1,200' })).toBe('Found 1,200 procedures');
  });

  it('has the agreed enum labels', () => {
    expect(translate('vi', 'onlineLevel.FullOnline')).toBe('Toàn trình');
    expect(translate('en', 'onlineLevel.PartialOnline')).toBe('Partly online');
    expect(translate('en', 'onlineLevel.None')).toBe('Not online');
    expect(translate('vi', 'documentForm.OriginalOrCopy')).toBe('Bản chính hoặc bản sao');
    expect(translate('vi', 'agencyLevel.Province')).toBe('Cấp tỉnh');
  });
});
