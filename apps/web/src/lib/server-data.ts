import type { DehydratedState } from '@tanstack/react-query';

/**
 * The id of the JSON block a server-rendered page carries (ADR 0014). takeover.js does not read it: the app's
 * entry and chunks are on its own script element, so the reader's first action costs no parsing of the data.
 */
export const SERVER_DATA_ID = 'danvan-server-data';

/** What a server-rendered page hands to the app that takes it over. */
export interface ServerData {
  /** The query cache the page was drawn from: the app starts with the same answers, and asks nothing again. */
  state: DehydratedState;
  /** Whether the page was drawn with the phone layout. */
  phone: boolean;
}

/** The page's data, when it was rendered on the server; null for index.html. */
export function readServerData(doc: Document = document): ServerData | null {
  const element = doc.getElementById(SERVER_DATA_ID);
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as ServerData;
}
