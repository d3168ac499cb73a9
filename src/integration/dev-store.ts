import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The preview keeps its content store in `.astro/` of the tool's folder, one for every playbook
 * previewed from it, and Astro keeps that store as long as its own configuration is unchanged,
 * which a different content folder does not change. Previewing another playbook would then list
 * the entries of the previous one, and fail on the first page once their files are gone. The
 * store is dropped whenever the content folder differs from the one it was made from.
 */
export function forgetDevStoreOfOtherContent(root: URL, contentDir: string): void {
  const marker = new URL('.astro/kickoff-content-dir', root);
  const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
  if (previous === contentDir) return;
  rmSync(new URL('.astro/data-store.json', root), { force: true });
  mkdirSync(new URL('.astro/', root), { recursive: true });
  writeFileSync(marker, contentDir);
}
