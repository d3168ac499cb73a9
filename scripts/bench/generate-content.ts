// Synthetic playbook content for benchmarks, valid for `kickoff validate` (0 errors).
//   node scripts/bench/generate-content.ts --out DIR [--phases 10 --roles 12 --checklists 10 --risks 15 --plans 2 --tasks 50]
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { between, paragraph, pick, proseBody, seededRandom, sentence, shortText, title, type Random } from './prose.ts';
import { syntheticPlan } from './synthetic-plan.ts';
import { COLLECTION_NAMES } from '../../src/lib/registry/collection-names.ts';

export interface ContentSize {
  phases: number;
  roles: number;
  checklists: number;
  risks: number;
  plans: number;
  /** Tasks per plan. */
  tasks: number;
  /** People per plan (default: about one per six tasks, at least 6). */
  people?: number;
}

export interface GeneratedContent {
  dir: string;
  files: number;
  bytes: number;
  size: ContentSize;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `count` distinct ids with readable German-ish slugs: `datenmodell-einrichten-7`. */
function makeIds(random: Random, count: number): { id: string; title: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const text = title(random, index);
    return { id: slug(text), title: text };
  });
}

const ROLE_NAMES = [
  'Projektleitung',
  'Datenverantwortung',
  'Produktmanagement',
  'IT-Betrieb',
  'Marketing',
  'Einkauf',
  'Geschäftsleitung',
  'Entwicklung',
  'Key Account',
  'Redaktion',
  'Qualitätssicherung',
  'Shop-Agentur',
];
const CUSTOMERS = [
  'Musterhandel GmbH',
  'Gartenwelt Süd AG',
  'Bergsport Huber KG',
  'Küchenprofi Weber GmbH',
  'Bürobedarf Maier & Söhne',
  'Alpenland Versand GmbH',
];

function document(data: unknown, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/**
 * Writes `size` worth of content into `dir` (a new temporary folder when omitted) and returns
 * where it is. Deterministic: the same size and seed always give the same files.
 */
export function generateContent(size: ContentSize, options: { dir?: string; seed?: number } = {}): GeneratedContent {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'kickoff-bench-content-'));
  const random = seededRandom(options.seed ?? 4711);
  let files = 0;
  let bytes = 0;
  // All five folders, also empty ones (Astro's glob loader warns about a missing folder).
  for (const collection of COLLECTION_NAMES) mkdirSync(path.join(dir, collection), { recursive: true });
  const write = (collection: string, id: string, text: string) => {
    writeFileSync(path.join(dir, collection, `${id}.mdx`), text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  // Roles: the first three are required at the kick-off (plans include them in their team).
  const roles = Array.from({ length: Math.max(1, size.roles) }, (_, index) => {
    const name = `${ROLE_NAMES[index % ROLE_NAMES.length]}${index >= ROLE_NAMES.length ? ` ${Math.floor(index / ROLE_NAMES.length) + 1}` : ''}`;
    return { id: slug(name), title: name };
  });
  for (const [index, role] of roles.entries()) {
    write(
      'roles',
      role.id,
      document(
        {
          title: role.title,
          side: index % 3 === 2 ? 'vendor' : 'customer',
          summary: shortText(random),
          kickoff: index < 3 ? 'required' : index % 4 === 0 ? 'recommended' : 'optional',
          responsibilities: Array.from({ length: between(random, 3, 5) }, () => shortText(random)),
        },
        proseBody(random, 3),
      ),
    );
  }
  const roleId = () => pick(random, roles).id;
  const roleIds = (count: number) => [...new Set(Array.from({ length: count }, roleId))];

  const phases = makeIds(random, Math.max(1, size.phases));
  const checklists = makeIds(random, size.checklists);
  const risks = makeIds(random, size.risks);

  for (const [index, phase] of phases.entries()) {
    const data: Record<string, unknown> = {
      title: phase.title,
      order: index + 1,
      summary: shortText(random),
      targetState: `${sentence(random)} ${sentence(random)}`,
      entryCriteria: Array.from({ length: between(random, 2, 4) }, () => shortText(random)),
      deliverables: Array.from({ length: between(random, 3, 6) }, () => shortText(random)),
      typicalDuration: { min: between(random, 1, 3), max: between(random, 3, 6), unit: 'weeks' },
    };
    // A chain through the phases (no cycles: only earlier phases), like a real phase plan.
    if (index > 0) data.dependsOn = [phases[index - 1].id];
    data.raci = { responsible: roleIds(2), accountable: roleId(), consulted: roleIds(2), informed: roleIds(2) };
    if (index % 3 === 2) data.milestone = `M${Math.floor(index / 3) + 1} ${phase.title} abgeschlossen`;
    if (risks.length > 0) data.risks = [...new Set([pick(random, risks).id, pick(random, risks).id])];
    write('phases', phase.id, document(data, proseBody(random, 4)));
  }

  for (const [index, checklist] of checklists.entries()) {
    const items = Array.from({ length: between(random, 6, 12) }, (_, item) => ({
      id: `punkt-${item + 1}`,
      text: sentence(random),
      role: roleId(),
      due: between(random, -10, 20),
      critical: random() < 0.3,
    }));
    write(
      'checklists',
      checklist.id,
      document({ title: checklist.title, phase: phases[index % phases.length].id, items }, `## Wann und wie\n\n${paragraph(random)}\n\n${paragraph(random)}`),
    );
  }

  for (const risk of risks) {
    write(
      'risks',
      risk.id,
      document(
        {
          title: `Risiko: ${risk.title}`,
          likelihood: pick(random, ['low', 'medium', 'high']),
          impact: pick(random, ['low', 'medium', 'high']),
          owner: roleId(),
          phases: [...new Set([pick(random, phases).id, pick(random, phases).id])],
          strategy: pick(random, ['avoid', 'mitigate', 'mitigate', 'transfer', 'accept']),
          mitigation: `${sentence(random)} ${sentence(random)}`,
          triggers: Array.from({ length: between(random, 2, 3) }, () => shortText(random)),
        },
        proseBody(random, between(random, 3, 4)),
      ),
    );
  }

  // Plans: the scheduler benchmark's synthetic plan, re-pointed at the generated roles and phases.
  // Tasks walk through (at most 12 of) the phases in order, as a real plan does.
  const planPhases = phases.slice(0, Math.min(phases.length, 12));
  for (let index = 0; index < size.plans; index++) {
    const people = size.people ?? Math.max(6, Math.round(size.tasks / 6));
    const plan = syntheticPlan(size.tasks, people, { threePoint: true });
    const customer = CUSTOMERS[index % CUSTOMERS.length];
    const team = plan.team.map((person, i) => ({ ...person, name: `Person ${i + 1} (${customer.split(' ')[0]})`, role: roles[i % roles.length].id }));
    const lastMilestone = plan.tasks.findLastIndex((task) => 'milestone' in task);
    const tasks = plan.tasks.map((task, i) => ({
      ...task,
      title: `${title(random, i)}`,
      phase: planPhases[Math.floor((i * planPhases.length) / plan.tasks.length)].id,
      ...(i === lastMilestone ? { deadline: '2029-12-28' } : {}),
    }));
    const id = `plan-${String(index + 1).padStart(4, '0')}-${slug(customer.split(' ')[0])}`;
    write(
      'plans',
      id,
      document(
        {
          title: `PIM-Einführung ${customer} ${index + 1}`,
          customer,
          vendor: 'Produktwerk Solutions GmbH',
          kickoff: plan.kickoff,
          status: 'active',
          calendar: {
            region: 'DE-BY',
            holidays: [{ date: '2027-07-09', label: 'Betriebsausflug' }],
            closures: [{ from: '2027-12-24', to: '2028-01-01', label: 'Betriebsferien' }],
          },
          team,
          tasks,
          buffer: plan.buffer,
        },
        `## Ausgangslage\n\n${paragraph(random)}\n\n${paragraph(random)}`,
      ),
    );
  }
  return { dir, files, bytes, size };
}

/** A split of `pages` content pages into equal parts of phases, roles, checklists and risks. */
export function pagesSize(pages: number): ContentSize {
  const quarter = Math.round(pages / 4);
  return { phases: quarter, roles: quarter, checklists: quarter, risks: pages - 3 * quarter, plans: 0, tasks: 0 };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      phases: { type: 'string', default: '10' },
      roles: { type: 'string', default: '12' },
      checklists: { type: 'string', default: '10' },
      risks: { type: 'string', default: '15' },
      plans: { type: 'string', default: '2' },
      tasks: { type: 'string', default: '50' },
      pages: { type: 'string' },
    },
  });
  const size = values.pages
    ? pagesSize(Number(values.pages))
    : {
        phases: Number(values.phases),
        roles: Number(values.roles),
        checklists: Number(values.checklists),
        risks: Number(values.risks),
        plans: Number(values.plans),
        tasks: Number(values.tasks),
      };
  const result = generateContent(size, { dir: values.out ? path.resolve(values.out) : undefined });
  process.stdout.write(`${result.dir}: ${result.files} files, ${(result.bytes / 1024).toFixed(0)} KB\n`);
}
