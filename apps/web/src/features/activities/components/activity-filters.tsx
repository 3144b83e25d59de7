import { ActivityCategory, ActivityStatus, type Commune, type Unit } from '@danvan/domain';
import { Button, Collapse, Group, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { DateField } from '@/components/ui/date-field';
import { ListSearchInput } from '@/components/ui/list-search-input';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { activitiesMessages } from '@/config/messages/activities';
import { type ActivityListFilter, DELETED_FILTERS } from '@/features/activities/activity-list-params';
import type { ListParams } from '@/hooks/use-list-params';
import { OtherFilters } from './other-filters';

const text = activitiesMessages.list;
const PHONE_QUERY = '(max-width: 47.99em)';

const STATUS_OPTIONS = ActivityStatus.codes.map((code) => ({ value: code, label: ActivityStatus.labels[code] }));
const CATEGORY_OPTIONS = ActivityCategory.codes.map((code) => ({ value: code, label: ActivityCategory.labels[code] }));
const DELETED_OPTIONS = DELETED_FILTERS.map((code) => ({ value: code, label: text.deletedOptions[code] }));

export interface ActivityFiltersProps {
  list: ListParams<ActivityListFilter>;
  communes: readonly Commune[];
  units: readonly Unit[];
  /** Admins filter by unit and see deleted activities; an officer's list is their unit's already. */
  isAdmin: boolean;
  /** The period is the wrong way round: shown on the "to" date. */
  periodError?: string | undefined;
}

/** Search and filters of the activities list; every change goes into the URL (and back to page 1). */
export function ActivityFilters({ list, communes, units, isAdmin, periodError }: ActivityFiltersProps) {
  const isPhone = useMediaQuery(PHONE_QUERY) ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const filterCount = Object.keys(list.filters).length;
  const single = (name: ActivityListFilter) => list.filters[name] ?? null;
  const set = (name: ActivityListFilter) => (value: string | null) => list.setFilter(name, value);

  const communeOptions = communes.map((c) => ({
    value: String(c.id),
    label: activitiesMessages.form.communeOption(c.name, c.district),
  }));
  const unitOptions = units.map((u) => ({ value: String(u.id), label: u.name }));

  return (
    <Stack gap="sm">
      <ListSearchInput value={list.q} onSearch={list.setSearch} placeholder={text.searchPlaceholder} />
      <OtherFilters list={list} units={units} isAdmin={isAdmin} />
      {isPhone ? (
        <Group>
          <Button variant="default" onClick={toggle} aria-expanded={opened} aria-controls={panelId}>
            {filterCount > 0 ? text.activeFilters(filterCount) : opened ? text.hideFilters : text.showFilters}
          </Button>
        </Group>
      ) : null}
      <Collapse expanded={!isPhone || opened}>
        <Paper
          id={panelId}
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={text.filtersHeading}
          data-testid="activity-filters"
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
            <Select
              label={text.status}
              placeholder={text.allStatuses}
              data={STATUS_OPTIONS}
              value={single('status')}
              onChange={set('status')}
              clearable
              size="md"
            />
            <DateField label={text.from} value={single('from')} onChange={set('from')} size="md" />
            <DateField
              label={text.to}
              value={single('to')}
              onChange={set('to')}
              size="md"
              error={periodError}
              minDate={single('from') ?? undefined}
            />
            <Select
              label={text.commune}
              placeholder={text.allCommunes}
              data={communeOptions}
              value={single('communeId')}
              onChange={set('communeId')}
              searchable
              clearable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={activitiesMessages.form.nothingFound}
              size="md"
            />
            <Select
              label={text.category}
              placeholder={text.allCategories}
              data={CATEGORY_OPTIONS}
              value={single('category')}
              onChange={set('category')}
              clearable
              size="md"
            />
            {isAdmin ? (
              <>
                <Select
                  label={text.unit}
                  placeholder={text.allUnits}
                  data={unitOptions}
                  value={single('unitId')}
                  onChange={set('unitId')}
                  searchable
                  clearable
                  filter={vietnameseOptionsFilter}
                  nothingFoundMessage={activitiesMessages.form.nothingFound}
                  size="md"
                />
                <Select
                  label={text.deleted}
                  data={DELETED_OPTIONS}
                  value={single('deleted') ?? 'exclude'}
                  onChange={(value) => list.setFilter('deleted', value === 'exclude' ? null : value)}
                  allowDeselect={false}
                  size="md"
                />
              </>
            ) : null}
          </SimpleGrid>
          {list.activeCount > 0 ? (
            <Group mt="md">
              <Button variant="subtle" onClick={list.clearAll}>
                {text.clearFilters}
              </Button>
            </Group>
          ) : null}
        </Paper>
      </Collapse>
    </Stack>
  );
}
