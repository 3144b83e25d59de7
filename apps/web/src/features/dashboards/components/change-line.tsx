import { formatInteger } from '@danvan/domain';
import { Text } from '@mantine/core';
import { dashboardsMessages } from '@/config/messages/dashboards';

const text = dashboardsMessages.change;

export type PreviousFigure =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'ready'; value: number; shown: string };

/** "Tăng 12 so với kỳ trước" and "Kỳ trước: 103": words, not only an arrow or a colour. */
export function ChangeLine({ current, previous }: { current: number; previous: PreviousFigure }) {
  if (previous.state === 'loading') {
    return (
      <Text size="sm" c="dimmed" mt={4}>
        {text.loading}
      </Text>
    );
  }
  if (previous.state === 'error') {
    return (
      <Text size="sm" c="dimmed" mt={4}>
        {text.failed}
      </Text>
    );
  }
  const delta = current - previous.value;
  const change = delta > 0 ? text.up(formatInteger(delta)) : delta < 0 ? text.down(formatInteger(-delta)) : text.same;
  return (
    <>
      <Text size="sm" mt={4} fw={600} data-testid="change">
        <span aria-hidden="true">{delta > 0 ? '▲ ' : delta < 0 ? '▼ ' : '= '}</span>
        {change}
      </Text>
      <Text size="sm" c="dimmed">
        {text.previousValue(previous.shown)}
      </Text>
    </>
  );
}
