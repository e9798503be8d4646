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
} as const;
