import { OverviewPage } from '@/features/overview/components/overview-page';
import { usePeriod } from '@/hooks/use-period';

export function OverviewRoute() {
  const { period, invalid } = usePeriod();
  return <OverviewPage period={period} invalidPeriod={invalid} />;
}
