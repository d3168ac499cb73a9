import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../lib/config.ts';
import { formatScheduleCsv } from '../lib/export/schedule-csv.ts';
import { formatScheduleJson } from '../lib/export/schedule-json.ts';
import { formatScheduleIcs } from '../lib/export/schedule-ics.ts';
import { ganttDiagram } from '../lib/diagram/gantt.ts';
import { newPlanSource } from '../lib/new-plan.ts';
import { KEBAB_ID } from '../lib/schema/common.ts';
import { schedulePlan } from '../lib/schedule/schedule-plan.ts';
import { hasErrors, loadAndValidate, reportFindings, UsageError } from './load-and-validate.ts';

const HELP = `kickoff – build and check a project kick-off playbook

Usage:
  kickoff validate [--strict] [--content DIR]
      Check all content; print every finding with file and field. Exit 1 on errors
      (with --strict also on warnings).
  kickoff schedule PLAN-ID [--format json|csv|ics|mermaid] [--content DIR]
      Print one plan's computed schedule (default: json).
  kickoff build [--strict] [--content DIR] [--out DIR]
      Validate, then build the site, its search index and PDFs into dist/ (or --out DIR).
      The folder is replaced only when the whole build succeeded. It must be new, empty or
      a previous build, and outside the project and content folders.
  kickoff new-plan ID [--content DIR] [--force]
      Write content/plans/ID.mdx from the standard phases, ready to edit.

Options:
  --content DIR   content folder (default: ./content, or "content" in kickoff.config.json)
  --lang de|en    language of messages (default: from kickoff.config.json)
  -h, --help      show this help
`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      strict: { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      lang: { type: 'string' },
      force: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig(process.cwd(), values.lang ? { ...process.env, KICKOFF_LANG: values.lang } : process.env);
  const contentDir = values.content ? path.resolve(values.content) : config.contentDir;

  switch (command) {
    case 'validate': {
      expectArgs(rest, 0, 'validate');
      const { findings } = await loadAndValidate(contentDir, { lang: config.lang, strict: values.strict });
      reportFindings(findings, contentDir);
      return hasErrors(findings) ? 1 : 0;
    }
    case 'schedule': {
      expectArgs(rest, 1, 'schedule PLAN-ID');
      const format = values.format as string;
      if (!['json', 'csv', 'ics', 'mermaid'].includes(format)) throw new UsageError(`--format: json, csv, ics or mermaid (found ${format})`);
      const { content, findings } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
      const planErrors = findings.filter((finding) => finding.severity === 'error');
      if (planErrors.length > 0) {
        reportFindings(planErrors, contentDir);
        return 1;
      }
      const entry = content.plans.find((plan) => plan.id === rest[0]);
      if (!entry) throw new UsageError(`no plan \`${rest[0]}\` in ${path.join(contentDir, 'plans')} (plans: ${content.plans.map((plan) => plan.id).join(', ') || 'none'})`);
      const roles = content.roles.map((role) => ({ id: role.id, title: role.data.title, kickoff: role.data.kickoff }));
      const phaseTitles = new Map(content.phases.map((phase) => [phase.id, phase.data.title]));
      const result = schedulePlan(entry.id, entry.data, { lang: config.lang, roles, phaseTitles });
      if (!result.ok) {
        for (const finding of result.findings) process.stderr.write(`error: ${entry.file}: ${finding.path}: ${finding.message}\n`);
        return 1;
      }
      const schedule = result.schedule;
      const output = {
        json: () => formatScheduleJson(schedule),
        csv: () => formatScheduleCsv(schedule),
        ics: () => formatScheduleIcs(schedule, { title: entry.data.title, lang: config.lang }),
        mermaid: () => ganttDiagram(schedule, { title: entry.data.title, lang: config.lang, phaseTitles }).source,
      }[format as 'json'];
      process.stdout.write(output());
      return 0;
    }
    case 'build': {
      expectArgs(rest, 0, 'build');
      // Loaded on demand: the build pulls in Astro and playwright, which validate does not need.
      const { buildSite } = await import('./build-site.ts');
      return buildSite({ contentDir, strict: values.strict, lang: config.lang, outDir: values.out });
    }
    case 'new-plan': {
      expectArgs(rest, 1, 'new-plan ID');
      const id = rest[0];
      if (!KEBAB_ID.test(id)) throw new UsageError(`ID: a lowercase kebab-case id such as \`acme-pim\` (found \`${id}\`)`);
      const { content, findings } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
      const target = path.join(contentDir, 'plans', `${id}.mdx`);
      if (existsSync(target) && !values.force) throw new UsageError(`${path.relative(process.cwd(), target)} exists already (use --force to overwrite)`);
      const broken = findings.filter((finding) => finding.severity === 'error' && !finding.file.startsWith('plans/'));
      if (broken.length > 0) {
        reportFindings(broken, contentDir);
        return 1;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, newPlanSource(id, content, { today: new Date() }));
      process.stdout.write(`wrote ${path.relative(process.cwd(), target)}; check it with: npx kickoff validate\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command \`${command}\` (try kickoff --help)`);
  }
}

function expectArgs(args: string[], count: number, usage: string) {
  if (args.length !== count) throw new UsageError(`usage: kickoff ${usage}${args.length > count ? ` (unexpected: ${args.slice(count).join(' ')})` : ''}`);
}

export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError || (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`kickoff: ${known ? '' : 'internal error: '}${(error as Error).message}\n`);
    if (process.env.KICKOFF_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = known ? 2 : 70;
  }
}
