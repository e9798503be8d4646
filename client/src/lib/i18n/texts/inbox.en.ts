import type { inboxVi } from './inbox.vi';

/** English texts of the inbox screens. */
export const inboxEn: Record<keyof typeof inboxVi, string> = {
  'inbox.title': 'Agency dossiers',
};
