/** Vietnamese text of the activities pages (part of the one catalogue in config/messages.ts). */
export const activitiesMessages = {} as const;
