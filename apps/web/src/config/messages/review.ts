/** Vietnamese text of the review pages (part of the one catalogue in config/messages.ts). */
export const reviewMessages = {} as const;
