import type { ScaffoldKind } from './scaffolds.ts';

/**
 * The entries `kickoff init` writes, in an order in which each one's references exist: the
 * smallest playbook that shows every kind of page. The ids come from the language's table.
 */
export const STARTER_ENTRIES: readonly { kind: ScaffoldKind; key: StarterKey; values?: Record<string, unknown> }[] = [
  { kind: 'role', key: 'lead', values: { kickoff: 'required' } },
  // The vendor's people who build the system belong at the kick-off table: sales alone promises what nobody can build.
  { kind: 'role', key: 'vendor', values: { side: 'vendor', kickoff: 'required' } },
  { kind: 'phase', key: 'kickoff' },
  { kind: 'phase', key: 'implementation' },
  { kind: 'checklist', key: 'checklist' },
  { kind: 'risk', key: 'risk' },
  { kind: 'meeting', key: 'meeting' },
  { kind: 'term', key: 'term' },
  { kind: 'plan', key: 'plan' },
];

export type StarterKey = 'lead' | 'vendor' | 'kickoff' | 'implementation' | 'checklist' | 'risk' | 'meeting' | 'term' | 'plan';

/** The files of a new project besides its content: settings, package, ignore list and editor settings. */
export function projectFiles(options: { name: string; lang: string; title: string; toolPath: string; readme: string }): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'kickoff.config.json': json({ lang: options.lang, title: options.title, site: 'https://example.org', base: '/', content: 'content' }),
    'package.json': json({
      name: options.name,
      private: true,
      type: 'module',
      scripts: { build: 'kickoff build', dev: 'kickoff dev', validate: 'kickoff validate', test: 'kickoff validate --strict' },
      devDependencies: { 'kickoff-playbook': `file:${options.toolPath}` },
    }),
    '.gitignore': 'node_modules/\ndist/\n.astro/\n',
    // Completion, hover texts and inline errors in front matter come from Astro's extension, which
    // reads the schemas `kickoff schemas` (and every build and preview) writes to .astro/collections/.
    '.vscode/extensions.json': json({ recommendations: ['astro-build.astro-vscode'] }),
    '.vscode/settings.json': json({
      'astro.content-intellisense': true,
      'json.schemas': [{ fileMatch: ['/content/snapshots/**/*.json'], url: './.astro/collections/snapshots.schema.json' }],
    }),
    'README.md': options.readme,
  };
}

/** A package name from a folder name: lowercase, with only the characters npm allows. */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name || 'playbook';
}
