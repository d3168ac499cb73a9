import { z } from 'astro/zod';
import { id, text, textList } from './common.ts';

/**
 * The home page of a playbook (`index.mdx` at the content root): its heading, introduction,
 * the steps of "where to start" and the entries it points readers to first. Every field is
 * optional: without it the page falls back to the settings (title, description) and the content
 * (roles required at the kick-off).
 */
export const homeSchema = z.strictObject({
  /** The page's heading; the site title when left out. */
  title: text.optional(),
  /** The introduction under the heading, also the page's meta description. */
  lead: text.optional(),
  /** "Where to start": what a reader does first, in order. */
  steps: textList.optional(),
  /** Entries shown under the steps. Roles default to those required at the kick-off. */
  featured: z
    .strictObject({
      checklists: z.array(id).optional(),
      roles: z.array(id).optional(),
    })
    .optional(),
});

/** @public The validated data of the home page, for code that works with it. */
export type Home = z.output<typeof homeSchema>;
