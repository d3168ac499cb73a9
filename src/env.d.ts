/** The build's settings, read once by the command or `astro.config.mjs` and served by the integration. */
declare module 'virtual:kickoff/site' {
  export const config: import('./lib/config.ts').SiteConfig;
  /** Whether this build prints PDFs, so that pages link them. */
  export const pdfs: boolean;
  /** Where bodies that read alike as Markdown are rendered as Markdown, and under which key (`SiteModule`). */
  export const markdownBodies: { key: string } | null;
}
