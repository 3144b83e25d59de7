import { useLocation, useSearchParams } from 'react-router';
import { LoginPage } from '@/features/auth/components/login-page';
import { loginReasonOf, safeNextPath } from '@/features/auth/login-path';
import { useHealth } from '@/features/health/api/get-health';

export function LoginRoute() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const health = useHealth();
  return (
    <LoginPage
      next={safeNextPath(searchParams.get('next'))}
      reason={loginReasonOf(location.state)}
      showDemoAccounts={health.data?.demo === true}
    />
  );
}
