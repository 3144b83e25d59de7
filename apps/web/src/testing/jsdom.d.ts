/**
 * The part of jsdom's API the server render's tests use (jsdom comes with vitest's DOM environment; its own
 * type package would also change the Node types the API's code is checked against).
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
