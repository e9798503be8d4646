import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { MainErrorFallback } from '@/components/errors/main-error-fallback';
import { paths } from '@/config/paths';

import { CalendarRoute } from './routes/admin/calendar';
import { IntegratorClientsRoute } from './routes/admin/integrator-clients';
import { OfficersRoute } from './routes/admin/officers';
import { ProfileRoute } from './routes/auth/profile';
import { RegisterRoute } from './routes/auth/register';
import { SignInRoute } from './routes/auth/sign-in';
import { DossierRoute } from './routes/dossiers/dossier';
import { MyDossiersRoute } from './routes/dossiers/mine';
import { DossierNewRoute } from './routes/dossiers/new';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ProcedureRoute } from './routes/procedures/procedure';
import { ProceduresRoute } from './routes/procedures/procedures';
import { RootRoute } from './routes/root';
import { TrackRoute } from './routes/track';
import { WorkspaceRoute } from './routes/workspace';
import { WorkspaceIntakeRoute } from './routes/workspace-intake';

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <RootRoute />,
    errorElement: <MainErrorFallback />,
    children: [
      { path: paths.home.path, element: <HomeRoute /> },
      { path: paths.procedures.path, element: <ProceduresRoute /> },
      { path: paths.procedure.path, element: <ProcedureRoute /> },
      { path: paths.signIn.path, element: <SignInRoute /> },
      { path: paths.register.path, element: <RegisterRoute /> },
      { path: paths.profile.path, element: <ProfileRoute /> },
      { path: paths.workspace.path, element: <WorkspaceRoute /> },
      { path: paths.workspaceIntake.path, element: <WorkspaceIntakeRoute /> },
      { path: paths.dossierNew.path, element: <DossierNewRoute /> },
      { path: paths.myDossiers.path, element: <MyDossiersRoute /> },
      { path: paths.dossier.path, element: <DossierRoute /> },
      { path: paths.track.path, element: <TrackRoute /> },
      { path: paths.adminOfficers.path, element: <OfficersRoute /> },
      { path: paths.adminIntegratorClients.path, element: <IntegratorClientsRoute /> },
      { path: paths.adminCalendar.path, element: <CalendarRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
