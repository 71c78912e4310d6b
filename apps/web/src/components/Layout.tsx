import { NavLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { NotificationBell } from '../notifications/NotificationBell';

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
          <NavLink to="/">{t('nav.search')}</NavLink>
          {user && (
            <NavLink to="/me" end>
              {t('nav.myProfile')}
            </NavLink>
          )}
          {user && <NavLink to="/me/data">{t('nav.myData')}</NavLink>}
          {/* Co-production */}
          {user && <NavLink to="/me/projects">{t('nav.myProjects')}</NavLink>}
          {user && <NavLink to="/me/introductions">{t('nav.introductions')}</NavLink>}
          {isStaff && <NavLink to="/staff/members">{t('nav.members')}</NavLink>}
          {isStaff && <NavLink to="/staff/claims">{t('nav.claims')}</NavLink>}
          {isStaff && <NavLink to="/staff/memberships">{t('nav.membershipRequests')}</NavLink>}
          {/* festivals, delegations, invitations, import (web-staff) */}
          <NavLink to="/festivals" end>
            {t('nav.festivals')}
          </NavLink>
          {user && <NavLink to="/me/invitations">{t('nav.invitations')}</NavLink>}
          {isStaff && <NavLink to="/staff/delegations">{t('nav.delegations')}</NavLink>}
          {isStaff && <NavLink to="/staff/import">{t('nav.import')}</NavLink>}
          {user && <NotificationBell />}
          {user ? (
            <button
              type="button"
              className="link-button"
              onClick={() => void logout().then(() => navigate('/'))}
            >
              {t('nav.logout')}
            </button>
          ) : (
            <>
              <NavLink to="/login">{t('nav.login')}</NavLink>
              <NavLink to="/register">{t('nav.register')}</NavLink>
            </>
          )}
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'fr' ? 'en' : 'fr'}
            aria-label={`${t('lang.label')}: ${t('lang.switchTo')}`}
            onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}
          >
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
