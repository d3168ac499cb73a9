/**
 * Where each page lives, below the site's base (`phasen/kickoff/`). The one place that knows the
 * German slugs: the pages' links, the sitemap, the PDF printer and the search indexer all ask here.
 * Plain TypeScript, so that the CLI and the integration can use it outside Astro.
 */
export const pagePaths = {
  phase: (id: string) => `phasen/${id}/`,
  role: (id: string) => `rollen/${id}/`,
  checklist: (id: string) => `checklisten/${id}/`,
  risk: (id: string) => `risiken/${id}/`,
  plan: (id: string) => `plaene/${id}/`,
  planChecklist: (plan: string, checklist: string) => `plaene/${plan}/checklisten/${checklist}/`,
  planExport: (plan: string, extension: string) => `plaene/${plan}.${extension}`,
  /** The whole playbook as one printable document. */
  print: 'druck/',
};
