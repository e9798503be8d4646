import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';

import { MAIN_CONTENT_ID, MainLayout } from '@/components/layouts/main-layout';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { RoleNavLinks } from '@/features/auth/components/role-nav-links';

/** Moves focus to <main> after a client-side page change, so keyboard and screen-reader users start at the content. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}

export function RootRoute() {
  useFocusMainOnNavigation();
  return (
    <MainLayout account={<AccountMenu />} navItems={<RoleNavLinks />}>
      <Outlet />
      <ScrollRestoration />
    </MainLayout>
  );
}
