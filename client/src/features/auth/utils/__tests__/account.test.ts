import { describe, expect, it } from 'vitest';

import { maskCitizenId, safeRedirect } from '../account';
import { validateOrganisationRegistration, validateRegistration } from '../registration-rules';

describe('maskCitizenId', () => {
  it('shows only the last three digits', () => {
    expect(maskCitizenId('056123456789')).toBe('*********789');
  });
});

describe('safeRedirect', () => {
  it('accepts in-app paths only', () => {
    expect(safeRedirect('/profile', '/')).toBe('/profile');
    expect(safeRedirect('//evil.example', '/')).toBe('/');
    expect(safeRedirect('https://evil.example', '/')).toBe('/');
    expect(safeRedirect(null, '/x')).toBe('/x');
  });
});

describe('validateRegistration', () => {
  const valid = {
    fullName: 'Nguyễn Văn An',
    citizenId: '056123456789',
    email: 'an@example.vn',
    phoneNumber: '+84 912 345 678',
    password: 'matkhau2026',
  };

  it('accepts what the server accepts', () => {
    expect(validateRegistration(valid)).toEqual({});
  });

  it('mirrors the server rules', () => {
    expect(
      validateRegistration({
        fullName: ' ',
        citizenId: '05612345678',
        email: 'an',
        phoneNumber: '0212345678',
        password: 'short',
      }),
    ).toEqual({
      fullName: ['register.fullName.required'],
      citizenId: ['register.citizenId.invalid'],
      email: ['register.email.invalid'],
      phoneNumber: ['register.phoneNumber.invalid'],
      password: ['register.password.tooShort', 'register.password.kinds'],
    });
    expect(validateRegistration({ ...valid, password: 'onlylowercaseletters' }).password).toEqual([
      'register.password.kinds',
    ]);
  });
});

describe('validateOrganisationRegistration', () => {
  const valid = {
    organisationName: 'Công ty TNHH Xây dựng Nha Trang',
    taxCode: '0100109106-001',
    representativeName: 'Trần Thị Bình',
    email: 'lienhe@example.vn',
    phoneNumber: '0912345678',
    password: 'XayDung2026',
  };

  it('accepts a ten-digit tax code and a branch code written with or without its dash', () => {
    expect(validateOrganisationRegistration(valid)).toEqual({});
    expect(validateOrganisationRegistration({ ...valid, taxCode: '0100109106' })).toEqual({});
    expect(validateOrganisationRegistration({ ...valid, taxCode: '0100109106001' })).toEqual({});
  });

  it('mirrors the server rules', () => {
    expect(
      validateOrganisationRegistration({
        ...valid,
        organisationName: '',
        taxCode: '01001091',
        representativeName: ' ',
        phoneNumber: '0212345678',
      }),
    ).toEqual({
      organisationName: ['account.organisationName.required'],
      taxCode: ['account.taxCode.invalid'],
      representativeName: ['account.representativeName.required'],
      phoneNumber: ['register.phoneNumber.invalid'],
    });
  });
});
