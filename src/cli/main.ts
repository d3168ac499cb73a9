import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../lib/config.ts';
import { translation } from '../lib/i18n/index.ts';
import { isLang, type Lang } from '../lib/i18n/lang.ts';
import { formatScheduleCsv } from '../lib/export/schedule-csv.ts';
import { formatScheduleJson } from '../lib/export/schedule-json.ts';
import { formatScheduleIcs } from '../lib/export/schedule-ics.ts';
import { toTaskJuggler } from '../lib/export/schedule-tjp.ts';
import { statusReport } from '../lib/export/status-report.ts';
import { formatStatusText } from '../lib/export/status-text.ts';
import { snapshotOf } from '../lib/schedule/snapshot-of.ts';
import { ganttDiagram } from '../lib/diagram/gantt.ts';
import { newPlanSource } from '../lib/new-plan.ts';
import { KEBAB_ID } from '../lib/schema/common.ts';
import { scheduleOptions } from '../lib/schedule/schedule-inputs.ts';
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
      label: { type: 'string' },
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
      if (!['json', 'csv', 'ics', 'mermaid', 'tjp'].includes(format)) throw new UsageError(t.cli.formatOption(format));
      const planned = await schedulePlanOf(contentDir, rest[0], config.lang);
      if (!planned.ok) return planned.code;
      const { entry, schedule, options } = planned;
      const output = {
        json: () => formatScheduleJson(schedule),
        csv: () => formatScheduleCsv(schedule),
        ics: () => formatScheduleIcs(schedule, { title: entry.data.title, lang: config.lang }),
        mermaid: () => ganttDiagram(schedule, { title: entry.data.title, lang: config.lang, phaseTitles: options.phaseTitles }).source,
        tjp: () => toTaskJuggler(entry.data),
      }[format as 'json'];
      process.stdout.write(output());
      return 0;
    }
    case 'snapshot': {
      expectArgs(1, 'snapshot PLAN-ID [--label TEXT] [--force]');
      const planned = await schedulePlanOf(contentDir, rest[0], config.lang, { replacing: 'snapshot' });
      if (!planned.ok) return planned.code;
      const snapshot = snapshotOf(planned.schedule, values.label?.trim() || undefined);
      const target = path.join(contentDir, 'snapshots', snapshot.plan, `${snapshot.date}.json`);
      const shown = path.relative(process.cwd(), target);
      if (existsSync(target) && !values.force) throw new UsageError(t.cli.exists(shown));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, `${JSON.stringify(snapshot, null, 2)}\n`);
      process.stdout.write(`${t.cli.wroteSnapshot(shown)}\n`);
      return 0;
    }
    case 'status': {
      expectArgs(1, 'status PLAN-ID');
      const planned = await schedulePlanOf(contentDir, rest[0], config.lang);
      if (!planned.ok) return planned.code;
      process.stdout.write(formatStatusText(statusReport(planned.schedule, planned.entry.data, planned.options.snapshots ?? []), t));
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

/**
 * Reads and validates the content, then schedules one plan as every command that prints a plan
 * does. Content errors are reported (exit 1); an unknown plan is a usage error.
 */
async function schedulePlanOf(contentDir: string, planId: string, lang: Lang, options: { replacing?: 'snapshot' } = {}) {
  const t = translation(lang);
  const { content, findings } = await loadAndValidate(contentDir, { lang, iterations: 0 });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    reportFindings(errors, contentDir, lang);
    return { ok: false as const, code: 1 };
  }
  const entry = content.plans.find((plan) => plan.id === planId);
  if (!entry) throw new UsageError(t.cli.unknownPlan(planId, path.join(contentDir, 'plans'), content.plans.map((plan) => plan.id).join(', ')));
  const inputs = scheduleOptions(content, entry.id, lang);
  // A snapshot is never measured against itself: rewriting the baseline (--force) plans anew.
  const asOf = entry.data.statusDate ?? entry.data.kickoff;
  if (options.replacing === 'snapshot') inputs.snapshots = inputs.snapshots?.filter((snapshot) => snapshot.date !== asOf);
  const result = schedulePlan(entry.id, entry.data, inputs);
  if (!result.ok) {
    for (const finding of result.findings) process.stderr.write(`${t.cli.error}: ${entry.file}: ${finding.path}: ${finding.message}\n`);
    return { ok: false as const, code: 1 };
  }
  return { ok: true as const, entry, schedule: result.schedule, options: inputs };
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
