import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { calendarHandlers } from './calendar';
import { catalogueHandlers } from './catalogue';
import { dossierSubmissionHandlers } from './dossier-submission';
import { dossiersHandlers } from './dossiers';
import { externalSignInHandlers } from './external-sign-in';
import { feedbackHandlers } from './feedback';
import { integratorClientsHandlers } from './integrator-clients';
import { officersHandlers } from './officers';
import { proceduresHandlers } from './procedures';
import { ratingsHandlers } from './ratings';

export const handlers = [
  ...proceduresHandlers,
  ...catalogueHandlers,
  ...authHandlers,
  ...externalSignInHandlers,
  ...officersHandlers,
  ...auditHandlers,
  ...integratorClientsHandlers,
  ...calendarHandlers,
  ...feedbackHandlers,
  ...ratingsHandlers,
  // Before the submission handlers: their /api/dossiers/:id would also match /api/dossiers/inbox.
  ...dossiersHandlers,
  ...dossierSubmissionHandlers,
];
