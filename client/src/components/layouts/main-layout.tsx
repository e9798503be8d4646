import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

import { LanguageSwitch } from './language-switch';

type MainLayoutProps = {
  children: ReactNode;
  /** The header's account links (sign in, or the user's name), composed by the app. */
  account?: ReactNode;
  /** Extra main-navigation items (`<li>`s), e.g. links that depend on the account's roles. */
  navItems?: ReactNode;
};

export const MAIN_CONTENT_ID = 'main-content';

export function MainLayout({ children, account, navItems }: MainLayoutProps) {
  const { t } = useTranslation();
  const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'site-nav__link is-active' : 'site-nav__link');

  return (
    <div className="app-shell">
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.home.getHref()} className="brand">
            <svg className="brand__emblem" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
              <circle cx="20" cy="20" r="19" fill="#c8102e" stroke="#f4c430" strokeWidth="2" />
              <path fill="#f4c430" d="M20 8.5l2.7 8.3h8.7l-7 5.1 2.7 8.3-7.1-5.1-7.1 5.1 2.7-8.3-7-5.1h8.7z" />
            </svg>
            <span className="brand__text">
              <span className="brand__owner">{t('app.owner')}</span>
              <span className="brand__title">{t('app.title')}</span>
            </span>
          </Link>
          {account}
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('layout.nav.label')}>
          <ul className="container site-nav__list">
            <li>
              <NavLink to={paths.home.getHref()} end className={navClass}>
                {t('layout.nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.procedures.getHref()} className={navClass}>
                {t('layout.nav.procedures')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.feedback.getHref()} end className={navClass}>
                {t('feedback.nav')}
              </NavLink>
            </li>
            {navItems}
          </ul>
        </nav>
      </header>
      <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="site-footer__title">{t('app.title')}</p>
          <p>{t('layout.footer.owner')}</p>
          <p className="site-footer__note">{t('layout.footer.software')}</p>
        </div>
      </footer>
    </div>
  );
}
