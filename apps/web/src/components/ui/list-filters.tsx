import { formatInteger } from '@danvan/domain';
import { Button, EmptyState, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { messages } from '@/config/messages';

export interface ListFiltersProps {
  /** The search box and the filter fields. */
  children: ReactNode;
  /** How many of them narrow the list now; the "clear" button shows when any does. */
  activeCount: number;
  onClear: () => void;
}

/** The search and filters above a list, in a labelled group; wraps to one column on a phone. */
export function ListFilters({ children, activeCount, onClear }: ListFiltersProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={messages.list.filters}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
      {activeCount > 0 ? (
        <Group mt="sm">
          <Button variant="subtle" size="sm" onClick={onClear}>
            {messages.list.clearFilters}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}

export interface ListSummaryProps {
  total: number | undefined;
  noun: string;
  updating?: boolean;
}

/** "Tìm thấy 77 đơn vị": a polite live region, so the result of a search is announced. */
export function ListSummary({ total, noun, updating = false }: ListSummaryProps) {
  return (
    <Text role="status" fw={600} data-testid="list-total">
      {updating ? messages.list.updating : total === undefined ? '' : messages.list.found(formatInteger(total), noun)}
    </Text>
  );
}

export interface ListEmptyProps {
  message: string;
  /** Offer to clear the search and filters when they are what emptied the list. */
  onClear?: (() => void) | undefined;
}

export function ListEmpty({ message, onClear }: ListEmptyProps) {
  return (
    <EmptyState data-testid="list-empty">
      <EmptyState.Description>{message}</EmptyState.Description>
      {onClear ? (
        <EmptyState.Actions>
          <Button variant="default" onClick={onClear}>
            {messages.list.clearFilters}
          </Button>
        </EmptyState.Actions>
      ) : null}
    </EmptyState>
  );
}
