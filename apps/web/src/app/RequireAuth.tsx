import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/auth';
import { Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';

/** Signed-in pages send anonymous visitors to the sign-in page, then back. */
export function RequireAuth({ children, staff = false }: { children: ReactNode; staff?: boolean }) {
  const { user, ready, isStaff } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!user)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (staff && !isStaff)
    return (
      <div className="state state-error" role="alert">
        {t('state.forbidden')}
      </div>
    );
  return <>{children}</>;
}
