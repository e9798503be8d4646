/** `path` with a query string, or `path` alone when the search is empty; empty values are left out. */
const withQuery = (path: string, search?: URLSearchParams | Record<string, string | undefined>): string => {
  const params =
    search instanceof URLSearchParams
      ? search
      : new URLSearchParams(
          Object.entries(search ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
        );
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

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
  /** Where the identity provider sends the browser back after an external sign-in (the API names it to the provider). */
  externalSignInCallback: {
    path: '/auth/external/callback',
    getHref: () => '/auth/external/callback',
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
  adminAudit: {
    path: '/admin/audit',
    /** `search`: the filters and page, as the audit page keeps them in its URL. */
    getHref: (search?: URLSearchParams) => withQuery('/admin/audit', search),
  },
  adminCalendar: {
    path: '/admin/calendar',
    /** `year`: the calendar year to show and edit (this year when omitted). */
    getHref: (year?: number) => (year === undefined ? '/admin/calendar' : `/admin/calendar?year=${String(year)}`),
  },
  feedback: {
    path: '/feedback',
    /** `search`: the public list's search and filters, as the page keeps them in its URL. */
    getHref: (search?: URLSearchParams) => withQuery('/feedback', search),
  },
  feedbackNew: {
    path: '/feedback/new',
    getHref: () => '/feedback/new',
  },
  feedbackPublic: {
    path: '/feedback/public/:code',
    getHref: (code: string) => `/feedback/public/${encodeURIComponent(code)}`,
  },
  feedbackFollow: {
    path: '/feedback/follow',
    /** A guest's follow-up page; with the code and the key of the receipt it opens the feedback at once. */
    getHref: (code?: string, key?: string) => withQuery('/feedback/follow', { code, key }),
  },
  myFeedback: {
    path: '/feedback/mine',
    getHref: () => '/feedback/mine',
  },
  feedbackDetail: {
    path: '/feedback/:id',
    getHref: (id: string) => `/feedback/${encodeURIComponent(id)}`,
  },
  workspaceFeedback: {
    path: '/workspace/feedback',
    /** `search`: the inbox filters, as the page keeps them in its URL. */
    getHref: (search?: URLSearchParams) => withQuery('/workspace/feedback', search),
  },
  rate: {
    path: '/rate',
    /** The rating page of a walk-in applicant; the receipt's code and token open the form at once. */
    getHref: (code?: string, token?: string) => withQuery('/rate', { code, token }),
  },
} as const;
