/** Vietnamese texts of the inbox screens; `inbox.en.ts` has the same keys. */
export const inboxVi = {
  'inbox.title': 'Hồ sơ của cơ quan',
} as const satisfies Record<string, string>;
