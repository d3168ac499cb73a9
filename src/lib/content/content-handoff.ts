import type { Content } from './read-content.ts';

/**
 * `kickoff build` reads and validates the content, then runs Astro in the same process, whose
 * integration needs the same content (for the diagrams). The CLI hands it over here instead of
 * the integration reading every file again. (Astro loads the integration as a separate module
 * instance, hence `globalThis`.)
 */
const HANDOFF = Symbol.for('kickoff-playbook.validated-content');

type Scope = typeof globalThis & { [HANDOFF]?: Content };

export function handOverValidatedContent(content: Content): void {
  (globalThis as Scope)[HANDOFF] = content;
}

/** The validated content of `root`, when `kickoff build` read it already in this process. */
export function takeValidatedContent(root: string): Content | undefined {
  const content = (globalThis as Scope)[HANDOFF];
  return content && content.root === root ? content : undefined;
}
