import { authHandlers } from './auth';
import { catalogueHandlers } from './catalogue';
import { proceduresHandlers } from './procedures';

export const handlers = [...proceduresHandlers, ...catalogueHandlers, ...authHandlers];
