import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { tableWords } from './language-words.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** The playbooks that ship with the tool: the German sample and the English example. */
const SAMPLES = ['content', 'examples/en/content'];

/** Words the samples are about, too short for the five-letter rule below. */
const SHORT_SAMPLE_WORDS = ['pim', 'crm', 'sku', 'skus', 'erp'];

const filesBelow = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((name) => /\.(mdx|json)$/.test(name)).map((name) => path.join(dir, name));

const wordsOf = (text: string) => new Set((text.match(/\p{L}{5,}/gu) ?? []).map((word) => word.toLowerCase()));

/**
 * The words of the shipped sample playbooks that a site built from `ownText` has no reason to
 * contain: words of at least five letters (plus a few short ones) in the samples' files, minus
 * every word of the language tables (the tool's own texts) and of `ownText` (the other
 * playbook's content). Any of them in that site's output came from the samples.
 */
export function sampleOnlyWords(ownText: string): string[] {
  const samples = new Set<string>([...SHORT_SAMPLE_WORDS]);
  for (const dir of SAMPLES) for (const file of filesBelow(path.join(root, dir))) for (const word of wordsOf(readFileSync(file, 'utf8'))) samples.add(word);
  const tables = tableWords();
  const own = wordsOf(ownText);
  for (const short of SHORT_SAMPLE_WORDS) if (new RegExp(`(?<!\\p{L})${short}(?!\\p{L})`, 'iu').test(ownText)) own.add(short);
  return [...samples].filter((word) => !tables.has(word) && !own.has(word));
}
