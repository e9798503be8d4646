import { http, HttpResponse } from 'msw';

import { agencies, fields } from '../db';

export const catalogueHandlers = [
  http.get('*/api/fields', () => HttpResponse.json(fields)),
  http.get('*/api/agencies', () => HttpResponse.json(agencies)),
];
