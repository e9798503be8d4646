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
} as const;
