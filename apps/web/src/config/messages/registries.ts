/** Vietnamese text of the registries pages (part of the one catalogue in config/messages.ts). */
export const registriesMessages = {} as const;
