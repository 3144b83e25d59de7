import { createContext, useContext } from 'react';

/**
 * Whether the page's first render is for a phone, when something other than this browser decided it: the server
 * renders a dashboard before any script runs (it guesses from the request's user agent), and the app that takes
 * the page over must draw its first render the same way, or React would throw the server's HTML away. Undefined
 * in the app's own renders, where components read the screen at once.
 */
export const InitialPhoneContext = createContext<boolean | undefined>(undefined);

export function useInitialPhone(): boolean | undefined {
  return useContext(InitialPhoneContext);
}
