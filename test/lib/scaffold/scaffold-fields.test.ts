/**
 * What the smaller scaffolds write, field by field, and which role they name as the lead.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/lib/content/read-content.ts';
import { leadRole } from '../../../src/lib/scaffold/pick-roles.ts';
import { scaffoldDocument } from '../../../src/lib/scaffold/scaffold-document.ts';
import { SCAFFOLDS, type ScaffoldKind } from '../../../src/lib/scaffold/scaffolds.ts';

type Role = Content['roles'][number];
const role = (id: string, side: string, kickoff: string) => ({ id, data: { side, kickoff } }) as unknown as Role;
const TODAY = new Date('2027-01-13T10:00:00Z');

function frontMatter(kind: ScaffoldKind, roles: Role[] = [role('lead', 'customer', 'required')]) {
  const content = { roles, phases: [], checklists: [] } as unknown as Content;
  const result = SCAFFOLDS[kind].scaffold({ id: 'x', content, lang: 'en', today: TODAY });
  if (!result.ok) throw new Error(kind);
  return parse(result.source.split('---\n')[1]) as Record<string, unknown>;
}

describe('leadRole', () => {
  it('takes the customer’s role required at the kick-off, else the first customer role, else the first role', () => {
    const vendor = role('vendor', 'vendor', 'required');
    const sponsor = role('sponsor', 'customer', 'optional');
    const lead = role('lead', 'customer', 'required');
    expect(leadRole([vendor, sponsor, lead])?.id).toBe('lead');
    expect(leadRole([vendor, sponsor])?.id).toBe('sponsor');
    expect(leadRole([vendor, role('dev', 'vendor', 'optional')])?.id).toBe('vendor');
    expect(leadRole([])).toBeUndefined();
  });
});

describe('the fields of a new entry', () => {
  it('a role has one responsibility to fill in, a risk one trigger', () => {
    expect(frontMatter('role').responsibilities).toEqual(['First responsibility of this role']);
    expect(frontMatter('risk').triggers).toEqual(['A warning sign that it is happening']);
  });

  it('a term starts with no other forms and no words to avoid', () => {
    expect(frontMatter('term')).toMatchObject({ forms: [], avoid: [] });
  });

  it('a plan’s calendar is Germany’s', () => {
    expect(frontMatter('plan').calendar).toEqual({ region: 'DE' });
  });
});

describe('scaffoldDocument', () => {
  it('writes a long text on one line and keeps the body’s leading blank line', () => {
    const long = 'word '.repeat(30).trim();
    expect(scaffoldDocument([{ key: 'summary', value: long }], '\nBody\n\n')).toBe(`---\nsummary: ${long}\n---\n\n\nBody\n`);
  });
});
