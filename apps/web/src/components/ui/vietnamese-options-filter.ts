import { foldVietnamese } from '@danvan/domain';
import type { ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';

function isGroup(item: ComboboxParsedItem): item is ComboboxParsedItemGroup {
  return 'group' in item;
}

/**
 * The `filter` of a searchable Select, MultiSelect or Autocomplete that searches the way the API does:
 * without regard to diacritics, case or NFC/NFD, so "ban dan van" offers "Chi bộ Ban Dân vận Tỉnh ủy".
 */
export const vietnameseOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const needle = foldVietnamese(search);
  const result: ComboboxParsedItem[] = [];
  let count = 0;
  for (const option of options) {
    if (count >= limit) break;
    if (isGroup(option)) {
      const items = option.items.filter((item) => foldVietnamese(item.label).includes(needle)).slice(0, limit - count);
      if (items.length > 0) {
        result.push({ group: option.group, items });
        count += items.length;
      }
    } else if (foldVietnamese(option.label).includes(needle)) {
      result.push(option);
      count += 1;
    }
  }
  return result;
};
