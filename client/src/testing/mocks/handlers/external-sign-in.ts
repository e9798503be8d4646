import { http, HttpResponse } from 'msw';

import { problem } from '../utils';

/** External sign-in as the API answers it by default: not configured (tests switch it on with server.use). */
export const externalSignInHandlers = [
  http.get('*/api/auth/external', () => HttpResponse.json({ enabled: false, displayName: null })),
  http.post('*/api/auth/external/start', () => problem(404, 'Not found')),
  http.post('*/api/auth/external/callback', () => problem(404, 'Not found')),
];
