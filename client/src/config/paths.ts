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
  dossierNew: {
    path: '/dossiers/new',
    /** The submission wizard for a procedure; `draftId` resumes a draft. */
    getHref: (procedureId?: string, draftId?: string) => {
      const query = new URLSearchParams();
      if (procedureId) query.set('procedureId', procedureId);
      if (draftId) query.set('draft', draftId);
      const text = query.toString();
      return text ? `/dossiers/new?${text}` : '/dossiers/new';
    },
  },
  dossier: {
    path: '/dossiers/:id',
    getHref: (id: string) => `/dossiers/${encodeURIComponent(id)}`,
  },
  myDossiers: {
    path: '/dossiers',
    getHref: () => '/dossiers',
  },
  track: {
    path: '/track',
    /** `code`: a dossier code to look up (the printed forms' QR code opens this). */
    getHref: (code?: string) => (code ? `/track?${new URLSearchParams({ code }).toString()}` : '/track'),
  },
  workspaceIntake: {
    path: '/workspace/intake',
    getHref: () => '/workspace/intake',
  },
  adminIntegratorClients: {
    path: '/admin/integrator-clients',
    getHref: () => '/admin/integrator-clients',
  },
  adminCalendar: {
    path: '/admin/calendar',
    /** `year`: the calendar year to show and edit (this year when omitted). */
    getHref: (year?: number) => (year === undefined ? '/admin/calendar' : `/admin/calendar?year=${String(year)}`),
  },
} as const;
