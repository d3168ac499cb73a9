import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../lib/config.ts';
import { translation } from '../lib/i18n/index.ts';
import { isLang, type Lang } from '../lib/i18n/lang.ts';
import { formatScheduleCsv } from '../lib/export/schedule-csv.ts';
import { formatScheduleJson } from '../lib/export/schedule-json.ts';
import { formatScheduleIcs } from '../lib/export/schedule-ics.ts';
import { ganttDiagram } from '../lib/diagram/gantt.ts';
import { newPlanSource } from '../lib/new-plan.ts';
import { KEBAB_ID } from '../lib/schema/common.ts';
import { schedulePlan } from '../lib/schedule/schedule-plan.ts';
import { hasErrors, loadAndValidate, reportFindings, UsageError } from './load-and-validate.ts';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
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
  const env = values.lang ? { ...process.env, KICKOFF_LANG: values.lang } : process.env;
  if (values.help || !command) {
    // Help never fails on a broken settings file: it is what one reads to repair it.
    process.stdout.write(translation(helpLanguage(env, values.config)).cli.help);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig(process.cwd(), env, values.config ?? env.KICKOFF_CONFIG);
  const t = translation(config.lang);
  const contentDir = values.content ? path.resolve(values.content) : config.contentDir;
  const expectArgs = (count: number, usage: string) => {
    if (rest.length !== count) throw new UsageError(`${t.cli.usage(usage)}${rest.length > count ? ` (${t.cli.unexpected(rest.slice(count).join(' '))})` : ''}`);
  };

  switch (command) {
    case 'validate': {
      expectArgs(0, 'validate');
      const { findings } = await loadAndValidate(contentDir, { lang: config.lang, strict: values.strict });
      reportFindings(findings, contentDir, config.lang);
      return hasErrors(findings) ? 1 : 0;
    }
    case 'schedule': {
      expectArgs(1, 'schedule PLAN-ID');
      const format = values.format as string;
      if (!['json', 'csv', 'ics', 'mermaid'].includes(format)) throw new UsageError(t.cli.formatOption(format));
      const { content, findings } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
      const planErrors = findings.filter((finding) => finding.severity === 'error');
      if (planErrors.length > 0) {
        reportFindings(planErrors, contentDir, config.lang);
        return 1;
      }
      const entry = content.plans.find((plan) => plan.id === rest[0]);
      if (!entry) throw new UsageError(t.cli.unknownPlan(rest[0], path.join(contentDir, 'plans'), content.plans.map((plan) => plan.id).join(', ')));
      const roles = content.roles.map((role) => ({ id: role.id, title: role.data.title, kickoff: role.data.kickoff }));
      const phaseTitles = new Map(content.phases.map((phase) => [phase.id, phase.data.title]));
      const result = schedulePlan(entry.id, entry.data, { lang: config.lang, roles, phaseTitles });
      if (!result.ok) {
        for (const finding of result.findings) process.stderr.write(`${t.cli.error}: ${entry.file}: ${finding.path}: ${finding.message}\n`);
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
      expectArgs(0, 'build');
      // Loaded on demand: the build pulls in Astro and playwright, which validate does not need.
      const { buildSite } = await import('./build-site.ts');
      return buildSite({ config: { ...config, contentDir }, strict: values.strict, outDir: values.out });
    }
    case 'new-plan': {
      expectArgs(1, 'new-plan ID');
      const id = rest[0];
      if (!KEBAB_ID.test(id)) throw new UsageError(t.cli.planId(id));
      const { content, findings } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
      const target = path.join(contentDir, 'plans', `${id}.mdx`);
      if (existsSync(target) && !values.force) throw new UsageError(t.cli.exists(path.relative(process.cwd(), target)));
      const broken = findings.filter((finding) => finding.severity === 'error' && !finding.file.startsWith('plans/'));
      if (broken.length > 0) {
        reportFindings(broken, contentDir, config.lang);
        return 1;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, newPlanSource(id, content, { today: new Date(), lang: config.lang }));
      process.stdout.write(`${t.cli.wrote(path.relative(process.cwd(), target))}\n`);
      return 0;
    }
    default:
      throw new UsageError(t.cli.unknownCommand(command));
  }
}

function helpLanguage(env: NodeJS.ProcessEnv, file: string | undefined): Lang {
  try {
    return loadConfig(process.cwd(), env, file ?? env.KICKOFF_CONFIG).lang;
  } catch {
    return isLang(env.KICKOFF_LANG) ? env.KICKOFF_LANG : 'de';
  }
}

export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`kickoff: ${known ? '' : 'internal error: '}${(error as Error).message}\n`);
    if (process.env.KICKOFF_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = known ? 2 : 70;
  }
}
