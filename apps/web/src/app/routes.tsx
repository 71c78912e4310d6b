import { lazy, ReactNode, Suspense } from 'react';
import { createBrowserRouter, RouteObject } from 'react-router';
import { Layout } from '../components/Layout';
import { Loading, NotFound } from '../components/StateViews';
import { RequireAuth } from './RequireAuth';

/**
 * Every page is its own chunk (React.lazy), so the search page loads only what it needs.
 */
const SearchPage = lazy(() => import('../search/SearchPage'));
const PersonPage = lazy(() => import('../profiles/PersonPage'));
const CompanyPage = lazy(() => import('../profiles/CompanyPage'));
const SchoolPage = lazy(() => import('../profiles/SchoolPage'));
const SitePage = lazy(() => import('../profiles/SitePage'));
const LoginPage = lazy(() => import('../account/LoginPage'));
const RegisterPage = lazy(() => import('../account/RegisterPage'));
const MyProfilePage = lazy(() => import('../account/MyProfilePage'));
const MyDataPage = lazy(() => import('../account/MyDataPage'));
const MembersPage = lazy(() => import('../staff/MembersPage'));
const ClaimsPage = lazy(() => import('../staff/ClaimsPage'));
const DashboardPage = lazy(() => import('../staff/dashboard/DashboardPage'));
const CompanyMembersPage = lazy(() => import('../memberships/CompanyMembersPage'));
const MembershipRequestsPage = lazy(() => import('../memberships/MembershipRequestsPage'));
// Co-production: projects, partner matches, introductions.
const ProjectPage = lazy(() => import('../projects/ProjectPage'));
const MyProjectsPage = lazy(() => import('../projects/MyProjectsPage'));
const NewProjectPage = lazy(() =>
  import('../projects/ProjectFormPage').then((m) => ({ default: m.NewProjectPage })),
);
const EditProjectPage = lazy(() =>
  import('../projects/ProjectFormPage').then((m) => ({ default: m.EditProjectPage })),
);
const IntroductionsPage = lazy(() => import('../introductions/IntroductionsPage'));
// festivals, delegations, invitations, import (web-staff)
const FestivalsPage = lazy(() => import('../festivals/FestivalsPage'));
const FestivalPage = lazy(() => import('../festivals/FestivalPage'));
const MyInvitationsPage = lazy(() => import('../account/MyInvitationsPage'));
const DelegationsPage = lazy(() => import('../staff/delegations/DelegationsPage'));
const DelegationBoardPage = lazy(() => import('../staff/delegations/DelegationBoardPage'));
const ImportPage = lazy(() => import('../staff/import/ImportPage'));
// Notifications: the bell's page and my settings.
const NotificationsPage = lazy(() => import('../notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../notifications/NotificationSettingsPage'));
// calendars: the member's deadlines and feed, STAFF editing an edition's dates
const MyDeadlinesPage = lazy(() => import('../calendar/MyDeadlinesPage'));
const EditionDatesPage = lazy(() => import('../staff/editions/EditionDatesPage'));

function page(element: ReactNode): ReactNode {
  return <Suspense fallback={<Loading />}>{element}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: page(<SearchPage />) },
      { path: 'people/:slug', element: page(<PersonPage />) },
      { path: 'companies/:slug', element: page(<CompanyPage />) },
      { path: 'companies/:slug/members', element: <RequireAuth>{page(<CompanyMembersPage />)}</RequireAuth> },
      { path: 'schools/:slug', element: page(<SchoolPage />) },
      { path: 'sites/:slug', element: page(<SitePage />) },
      { path: 'login', element: page(<LoginPage />) },
      { path: 'register', element: page(<RegisterPage />) },
      { path: 'me', element: <RequireAuth>{page(<MyProfilePage />)}</RequireAuth> },
      { path: 'me/data', element: <RequireAuth>{page(<MyDataPage />)}</RequireAuth> },
      { path: 'staff/members', element: <RequireAuth staff>{page(<MembersPage />)}</RequireAuth> },
      { path: 'staff/claims', element: <RequireAuth staff>{page(<ClaimsPage />)}</RequireAuth> },
      { path: 'staff/dashboard', element: <RequireAuth staff>{page(<DashboardPage />)}</RequireAuth> },
      {
        path: 'staff/memberships',
        element: <RequireAuth staff>{page(<MembershipRequestsPage />)}</RequireAuth>,
      },
      // Co-production
      { path: 'projects/:slug', element: page(<ProjectPage />) },
      { path: 'me/projects', element: <RequireAuth>{page(<MyProjectsPage />)}</RequireAuth> },
      { path: 'me/projects/new', element: <RequireAuth>{page(<NewProjectPage />)}</RequireAuth> },
      { path: 'me/projects/:slug/edit', element: <RequireAuth>{page(<EditProjectPage />)}</RequireAuth> },
      { path: 'me/introductions', element: <RequireAuth>{page(<IntroductionsPage />)}</RequireAuth> },
      // festivals, delegations, invitations, import (web-staff)
      { path: 'festivals', element: page(<FestivalsPage />) },
      { path: 'festivals/:slug/:editionId?', element: page(<FestivalPage />) },
      { path: 'me/invitations', element: <RequireAuth>{page(<MyInvitationsPage />)}</RequireAuth> },
      { path: 'staff/delegations', element: <RequireAuth staff>{page(<DelegationsPage />)}</RequireAuth> },
      {
        path: 'staff/delegations/:editionId',
        element: <RequireAuth staff>{page(<DelegationBoardPage />)}</RequireAuth>,
      },
      { path: 'staff/import', element: <RequireAuth staff>{page(<ImportPage />)}</RequireAuth> },
      { path: 'notifications', element: <RequireAuth>{page(<NotificationsPage />)}</RequireAuth> },
      {
        path: 'me/notifications',
        element: <RequireAuth>{page(<NotificationSettingsPage />)}</RequireAuth>,
      },
      // calendars
      { path: 'me/deadlines', element: <RequireAuth>{page(<MyDeadlinesPage />)}</RequireAuth> },
      {
        path: 'staff/editions/:editionId/dates',
        element: <RequireAuth staff>{page(<EditionDatesPage />)}</RequireAuth>,
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
