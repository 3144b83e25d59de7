import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { messages } from '@/config/messages';
import classes from './list-search-input.module.css';

const SEARCH_DELAY_MS = 350;

export interface ListSearchInputProps {
  /** The search in the URL; the field follows it when it changes elsewhere (back button, "clear"). */
  value: string;
  onSearch: (q: string) => void;
  label?: string;
  placeholder?: string;
}

/**
 * The search box of a list: searches as the user types (after a short pause) and at once on Enter. The
 * API ignores diacritics, so "ban dan van" finds "Ban Dân vận"; the hint says so.
 */
export function ListSearchInput({ value, onSearch, label = messages.list.search, placeholder }: ListSearchInputProps) {
  const [text, setText] = useState(value);
  // What this field last asked for: a URL change that is not its own echo (back button, "clear") replaces the text.
  const requested = useRef(value);
  const search = (q: string) => {
    requested.current = q.trim();
    onSearch(q);
  };
  const debounced = useDebouncedCallback(search, SEARCH_DELAY_MS);

  useEffect(() => {
    if (value === requested.current) return;
    requested.current = value;
    setText(value);
  }, [value]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    debounced.cancel();
    search(text);
  }

  return (
    // The <search> element would say the same, but jsdom and Safari before 17 do not know it yet.
    // biome-ignore lint/a11y/useSemanticElements: role="search" on the form is understood everywhere
    <form role="search" onSubmit={handleSubmit} className={classes.search}>
      <TextInput
        type="search"
        label={label}
        description={messages.list.searchHint}
        inputWrapperOrder={['label', 'input', 'description']}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          debounced(event.currentTarget.value);
        }}
        leftSection={<SearchIcon />}
        autoComplete="off"
        enterKeyHint="search"
      />
    </form>
  );
}

function SearchIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
