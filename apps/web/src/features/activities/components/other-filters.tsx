import {
  ActivityCategory,
  ContributionKind,
  FundingSource,
  foldVietnamese,
  type NtmCriteriaSet,
  NtmCriteriaSets,
  ntmCriterionLabel,
  type Unit,
  UnitGroup,
} from '@danvan/domain';
import { CloseButton, Group, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { activitiesMessages } from '@/config/messages/activities';
import { type ActivityListFilter, DELETED_FILTERS } from '@/features/activities/activity-list-params';
import type { ListParams } from '@/hooks/use-list-params';
import classes from './activities.module.css';

const text = activitiesMessages.list.otherFilters;

export interface OtherFilter {
  key: string;
  /** What the filter keeps, in words: "Nhóm đơn vị tổ chức: Doanh nghiệp". */
  label: string;
  /** The URL parameters removing it takes away (an item goes with its measure unit). */
  params: ActivityListFilter[];
  /** A condition on a contribution: all of these hold for one contribution at once. */
  contribution?: boolean;
}

type Labels = Readonly<Record<string, string>>;
const labelsOf = (value: string, labels: Labels) =>
  value
    .split(',')
    .map((code) => labels[code] ?? code)
    .join(', ');

/** "Huyện Chợ Mới" says what it is already; a bare name gets "Huyện:" in front. */
function districtLabel(district: string): string {
  return /^(huyen|thi xa|thanh pho|quan) /.test(foldVietnamese(district)) ? district : text.district(district);
}

function ntmLabel(value: string): string {
  const [set, number] = value.split(':');
  const info = NtmCriteriaSets[set as NtmCriteriaSet];
  if (!info || !number) return text.ntm(value);
  return text.ntm(`${ntmCriterionLabel({ set: info.code, number: Number(number) })} (${info.label})`);
}

/**
 * The filters of the activities list that no field on the page shows — those a dashboard's link brings (unit
 * group, district, remote communes, source, contributions, …), and the unit and deleted ones for a reader who
 * has no such field — in words, so the reader sees why the list is narrowed.
 */
export function otherFilters(
  filters: Partial<Record<ActivityListFilter, string>>,
  { isAdmin, unitName }: { isAdmin: boolean; unitName: (id: string) => string },
): OtherFilter[] {
  const out: OtherFilter[] = [];
  const add = (param: ActivityListFilter, label: (value: string) => string, contribution = false) => {
    const value = filters[param];
    if (value !== undefined) out.push({ key: param, label: label(value), params: [param], contribution });
  };
  if (!isAdmin) {
    add('unitId', (id) => text.unitId(unitName(id)));
    add('deleted', (value) =>
      text.deleted(
        (DELETED_FILTERS as readonly string[]).includes(value)
          ? activitiesMessages.list.deletedOptions[value as (typeof DELETED_FILTERS)[number]]
          : value,
      ),
    );
  }
  add('unitGroup', (value) => text.unitGroup(labelsOf(value, UnitGroup.labels)));
  add('district', districtLabel);
  add('remote', (value) => (value === 'true' ? text.remote.true : text.remote.false));
  add('ntm', ntmLabel);
  add('mainCategory', (value) => text.mainCategory(labelsOf(value, ActivityCategory.labels)));
  add('source', (value) => text.source(labelsOf(value, FundingSource.labels)), true);
  add('contributionKind', (value) => text.contributionKind(labelsOf(value, ContributionKind.labels)), true);
  add('contributionUnitId', (id) => text.contributionUnitId(unitName(id)), true);
  add('contributionUnitGroup', (value) => text.contributionUnitGroup(labelsOf(value, UnitGroup.labels)), true);
  if (filters.item !== undefined) {
    out.push({
      key: 'item',
      label: text.item(filters.item, filters.measureUnit),
      params: ['item', 'measureUnit'],
      contribution: true,
    });
  } else {
    add('measureUnit', text.measureUnit, true);
  }
  return out;
}

export interface OtherFiltersProps {
  list: ListParams<ActivityListFilter>;
  units: readonly Unit[];
  isAdmin: boolean;
}

/**
 * "Đang lọc: Nhóm đơn vị tổ chức: Doanh nghiệp · Xã vùng sâu, vùng xa", each with a button that removes it.
 * After a removal the focus goes to the next one (or the one before), never lost to the page.
 */
export function OtherFilters({ list, units, isAdmin }: OtherFiltersProps) {
  const names = new Map(units.map((u) => [String(u.id), u.name]));
  const shown = otherFilters(list.filters, {
    isAdmin,
    unitName: (id) => names.get(id) ?? text.unknownUnit(id),
  });
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /** The filter just removed and where it stood, until the URL no longer has it. */
  const refocus = useRef<{ key: string; index: number } | null>(null);

  useEffect(() => {
    const removed = refocus.current;
    // The page may render again (navigation pending) before the URL changes.
    if (removed === null || shown.some((f) => f.key === removed.key)) return;
    refocus.current = null;
    const next = shown[Math.min(removed.index, shown.length - 1)];
    const button = next ? buttons.current.get(next.key) : undefined;
    (button ?? box.current)?.focus();
  });

  return (
    <div ref={box} tabIndex={-1} className={classes.otherFilters}>
      {shown.length > 0 ? (
        <Stack gap={4} role="group" aria-label={text.label} data-testid="other-filters">
          <Group gap="xs" align="center" wrap="wrap">
            <Text id={headingId} component="span" fw={600} size="sm">
              {text.heading}
            </Text>
            <ul className={classes.chips} aria-labelledby={headingId}>
              {shown.map((filter, index) => (
                <li key={filter.key} className={classes.chip} data-filter={filter.key}>
                  <span>{filter.label}</span>
                  <CloseButton
                    size="sm"
                    aria-label={text.remove(filter.label)}
                    ref={(node) => {
                      if (node) buttons.current.set(filter.key, node);
                      else buttons.current.delete(filter.key);
                    }}
                    onClick={() => {
                      refocus.current = { key: filter.key, index };
                      list.removeFilters(filter.params);
                    }}
                  />
                </li>
              ))}
            </ul>
          </Group>
          {shown.filter((f) => f.contribution).length > 1 ? (
            <Text size="xs" c="dimmed">
              {text.oneContribution}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </div>
  );
}
