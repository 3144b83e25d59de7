/** Vietnamese text of the plans pages (part of the one catalogue in config/messages.ts). */
export const plansMessages = {} as const;
