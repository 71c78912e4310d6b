import { NavLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { NotificationBell } from '../notifications/NotificationBell';
import { NavMenu } from './NavMenu';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const { user, isStaff, logout } = useAuth();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </NavLink>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul className="nav-top">
            <li>
              <NavLink to="/" end>
                {t('nav.search')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/festivals" end>
                {t('nav.festivals')}
              </NavLink>
            </li>
          </ul>
          {user && (
            <NavMenu id="nav-my-space" label={t('nav.mySpace')}>
              <li>
                <NavLink to="/me" end>
                  {t('nav.myProfile')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/me/projects">{t('nav.myProjects')}</NavLink>
              </li>
              <li>
                <NavLink to="/me/introductions">{t('nav.introductions')}</NavLink>
              </li>
              <li>
                <NavLink to="/me/invitations">{t('nav.invitations')}</NavLink>
              </li>
              <li>
                <NavLink to="/me/data">{t('nav.myData')}</NavLink>
              </li>
            </NavMenu>
          )}
          {isStaff && (
            <NavMenu id="nav-staff" label={t('nav.staff')}>
              <li>
                <NavLink to="/staff/dashboard">{t('nav.dashboard')}</NavLink>
              </li>
              <li>
                <NavLink to="/staff/members">{t('nav.members')}</NavLink>
              </li>
              <li>
                <NavLink to="/staff/claims">{t('nav.claims')}</NavLink>
              </li>
              <li>
                <NavLink to="/staff/memberships">{t('nav.membershipRequests')}</NavLink>
              </li>
              <li>
                <NavLink to="/staff/delegations">{t('nav.delegations')}</NavLink>
              </li>
              <li>
                <NavLink to="/staff/import">{t('nav.import')}</NavLink>
              </li>
            </NavMenu>
          )}
          {user && <NotificationBell />}
          {user ? (
            <NavMenu id="nav-account" label={t('nav.account')}>
              <li className="nav-menu-note">{user.email}</li>
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void logout().then(() => navigate('/'))}
                >
                  {t('nav.logout')}
                </button>
              </li>
            </NavMenu>
          ) : (
            <ul className="nav-top">
              <li>
                <NavLink to="/login">{t('nav.login')}</NavLink>
              </li>
              <li>
                <NavLink to="/register">{t('nav.register')}</NavLink>
              </li>
            </ul>
          )}
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'fr' ? 'en' : 'fr'}
            onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}
          >
            {/* The name is the content, so it holds the visible code (WCAG 2.5.3, label in name). */}
            <span className="visually-hidden">{`${t('lang.label')}: ${t('lang.switchTo')} `}</span>
            {lang === 'fr' ? 'EN' : 'FR'}
          </button>
        </nav>
      </header>
      {user?.status === 'PENDING' && (
        <p className="banner" role="status">
          {t('auth.pending')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
