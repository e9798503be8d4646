export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  procedures: {
    path: '/procedures',
    getHref: (search?: URLSearchParams | string) => {
      const query = search === undefined ? '' : search.toString();
      return query ? `/procedures?${query}` : '/procedures';
    },
  },
  procedure: {
    path: '/procedures/:id',
    getHref: (id: string) => `/procedures/${encodeURIComponent(id)}`,
  },
  signIn: {
    path: '/sign-in',
    /** `redirectTo`: where to go after signing in (an in-app path). */
    getHref: (redirectTo?: string) =>
      redirectTo ? `/sign-in?${new URLSearchParams({ redirectTo }).toString()}` : '/sign-in',
  },
  register: {
    path: '/register',
    getHref: () => '/register',
  },
  profile: {
    path: '/profile',
    getHref: () => '/profile',
  },
  workspace: {
    path: '/workspace',
    getHref: () => '/workspace',
  },
  adminOfficers: {
    path: '/admin/officers',
    /** `agencyId`: show only the officers of this agency. */
    getHref: (agencyId?: string) =>
      agencyId ? `/admin/officers?${new URLSearchParams({ agencyId }).toString()}` : '/admin/officers',
  },
  adminIntegratorClients: {
    path: '/admin/integrator-clients',
    getHref: () => '/admin/integrator-clients',
  },
} as const;
