import { authHandlers } from './auth';
import { calendarHandlers } from './calendar';
import { catalogueHandlers } from './catalogue';
import { dossierSubmissionHandlers } from './dossier-submission';
import { dossiersHandlers } from './dossiers';
import { integratorClientsHandlers } from './integrator-clients';
import { officersHandlers } from './officers';
import { proceduresHandlers } from './procedures';

export const handlers = [
  ...proceduresHandlers,
  ...catalogueHandlers,
  ...authHandlers,
  ...officersHandlers,
  ...integratorClientsHandlers,
  ...calendarHandlers,
  // Before the submission handlers: their /api/dossiers/:id would also match /api/dossiers/inbox.
  ...dossiersHandlers,
  ...dossierSubmissionHandlers,
];
