/** The build's settings, read once by the command or `astro.config.mjs` and served by the integration. */
declare module 'virtual:kickoff/site' {
  export const config: import('./lib/config.ts').SiteConfig;
  /** Whether this build prints PDFs, so that pages link them. */
  export const pdfs: boolean;
}
