import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';

import { resetAuditDb } from './mocks/handlers/audit';
import { resetAuthDb } from './mocks/handlers/auth';
import { resetFeedbackDb } from './mocks/handlers/feedback';
import { resetIntegratorClientsDb } from './mocks/handlers/integrator-clients';
import { resetOfficersDb } from './mocks/handlers/officers';
import { resetRatingsDb } from './mocks/handlers/ratings';
import { server } from './mocks/server';

// jsdom does not implement scrolling; react-router's ScrollRestoration calls it.
// A plain stub, not a vi mock, so that `restoreMocks` does not bring the jsdom error back.
Object.defineProperty(window, 'scrollTo', { value: () => undefined, writable: true });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  tokenStore.clear();
  resetAuthDb();
  resetOfficersDb();
  resetIntegratorClientsDb();
  resetAuditDb();
  resetFeedbackDb();
  resetRatingsDb();
  window.localStorage.clear();
  document.documentElement.lang = '';
});

afterAll(() => {
  server.close();
});
