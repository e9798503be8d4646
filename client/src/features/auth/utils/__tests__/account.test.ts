import { describe, expect, it } from 'vitest';

import { maskCitizenId, safeRedirect } from '../account';
import { validateRegistration } from '../registration-rules';

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
