import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { MainErrorFallback } from '@/components/errors/main-error-fallback';
import { paths } from '@/config/paths';

import { AuditRoute } from './routes/admin/audit';
import { CalendarRoute } from './routes/admin/calendar';
import { IntegratorClientsRoute } from './routes/admin/integrator-clients';
import { OfficersRoute } from './routes/admin/officers';
import { ExternalSignInCallbackRoute } from './routes/auth/external-callback';
import { ProfileRoute } from './routes/auth/profile';
import { RegisterRoute } from './routes/auth/register';
import { SignInRoute } from './routes/auth/sign-in';
import { DossierRoute } from './routes/dossiers/dossier';
import { MyDossiersRoute } from './routes/dossiers/mine';
import { DossierNewRoute } from './routes/dossiers/new';
import { FeedbackRoute } from './routes/feedback/feedback';
import { FeedbackFollowRoute } from './routes/feedback/feedback-follow';
import { FeedbackListRoute } from './routes/feedback/feedback-list';
import { FeedbackNewRoute } from './routes/feedback/feedback-new';
import { PublicFeedbackRoute } from './routes/feedback/feedback-public';
import { MyFeedbackRoute } from './routes/feedback/my-feedback';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ProcedureRoute } from './routes/procedures/procedure';
import { ProceduresRoute } from './routes/procedures/procedures';
import { RateRoute } from './routes/rate';
import { RootRoute } from './routes/root';
import { TrackRoute } from './routes/track';
import { WorkspaceRoute } from './routes/workspace';
import { WorkspaceFeedbackRoute } from './routes/workspace-feedback';
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
      { path: paths.externalSignInCallback.path, element: <ExternalSignInCallbackRoute /> },
      { path: paths.profile.path, element: <ProfileRoute /> },
      { path: paths.workspace.path, element: <WorkspaceRoute /> },
      { path: paths.workspaceIntake.path, element: <WorkspaceIntakeRoute /> },
      { path: paths.dossierNew.path, element: <DossierNewRoute /> },
      { path: paths.myDossiers.path, element: <MyDossiersRoute /> },
      { path: paths.dossier.path, element: <DossierRoute /> },
      { path: paths.track.path, element: <TrackRoute /> },
      { path: paths.feedback.path, element: <FeedbackListRoute /> },
      { path: paths.feedbackNew.path, element: <FeedbackNewRoute /> },
      { path: paths.feedbackPublic.path, element: <PublicFeedbackRoute /> },
      { path: paths.feedbackFollow.path, element: <FeedbackFollowRoute /> },
      { path: paths.myFeedback.path, element: <MyFeedbackRoute /> },
      { path: paths.feedbackDetail.path, element: <FeedbackRoute /> },
      { path: paths.workspaceFeedback.path, element: <WorkspaceFeedbackRoute /> },
      { path: paths.rate.path, element: <RateRoute /> },
      { path: paths.adminOfficers.path, element: <OfficersRoute /> },
      { path: paths.adminIntegratorClients.path, element: <IntegratorClientsRoute /> },
      { path: paths.adminCalendar.path, element: <CalendarRoute /> },
      { path: paths.adminAudit.path, element: <AuditRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
