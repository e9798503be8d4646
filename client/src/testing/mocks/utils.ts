import { HttpResponse } from 'msw';

/** Lower-case and strip Vietnamese diacritics (đ → d), as the API's search does. */
export const foldDiacritics = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** An RFC 9457 problem-details response. */
export const problem = (status: number, title: string, detail?: string) =>
  HttpResponse.json(
    { type: `https://tools.ietf.org/html/rfc9110#section-15`, title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** A 400 validation problem naming the invalid fields, as ASP.NET Core writes it. */
export const validationProblem = (errors: Record<string, string[]>) =>
  HttpResponse.json(
    { title: 'One or more validation errors occurred.', status: 400, errors },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
