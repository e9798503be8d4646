import { authHandlers } from './auth';
import { catalogueHandlers } from './catalogue';
import { integratorClientsHandlers } from './integrator-clients';
import { officersHandlers } from './officers';
import { proceduresHandlers } from './procedures';

export const handlers = [
  ...proceduresHandlers,
  ...catalogueHandlers,
  ...authHandlers,
  ...officersHandlers,
  ...integratorClientsHandlers,
];
