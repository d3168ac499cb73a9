import { validateWorkflow } from '@action-validator/core';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/lib/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const recipe = (file: string) => readFile(path.join(ROOT, 'docs', 'publishing', file), 'utf8');

/** The settings a build would read with these variables and no settings file of its own. */
const settingsWith = (env: Record<string, string>) => loadConfig('/nonexistent', { ...env }, undefined);

/** Runs shell lines as `sh` would in a CI job, and prints the variables they export. */
function exported(lines: readonly string[], env: Record<string, string>, names: readonly string[]): Record<string, string> {
  const script = `${lines.join('\n')}\n${names.map((name) => `printf '%s\\n' "$${name}"`).join('\n')}\n`;
  const output = execFileSync('sh', ['-ec', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' }).split('\n');
  return Object.fromEntries(names.map((name, index) => [name, output[index]]));
}

describe('publishing recipes', () => {
  it('the GitHub Pages workflow is valid by the workflow schema and builds with the README’s commands and Chromium', async () => {
    const text = await recipe('github-pages.yml');
    expect(validateWorkflow(text).errors).toEqual([]);
    // The validator does catch a broken workflow: a job without a runner.
    expect(
      validateWorkflow(text.replace('    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout', '    steps:\n      - uses: actions/checkout'))
        .errors,
    ).not.toEqual([]);

    const workflow = parse(text) as {
      jobs: { build: { steps: { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] } };
    };
    const steps = workflow.jobs.build.steps;
    expect(steps.filter((step) => step.run).map((step) => step.run)).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((step) => step.run === 'npm run build')!;
    expect(build.env).toEqual({
      KICKOFF_CHROMIUM: '${{ steps.chrome.outputs.chrome-path }}',
      KICKOFF_SITE: '${{ steps.pages.outputs.origin }}',
      KICKOFF_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    // What configure-pages reports for a project site and for a user site gives settings the build accepts.
    expect(settingsWith({ KICKOFF_SITE: 'https://acme.github.io', KICKOFF_BASE: '/playbook/' })).toMatchObject({
      site: 'https://acme.github.io',
      base: '/playbook/',
    });
    expect(settingsWith({ KICKOFF_SITE: 'https://acme.github.io', KICKOFF_BASE: '/' }).base).toBe('/');
  });

  it('the GitLab Pages job installs Chromium, builds with the README’s commands and publishes dist/ under the project’s path', async () => {
    const job = (parse(await recipe('gitlab-ci.yml')) as { pages: Record<string, unknown> & { before_script: string[]; script: string[] } }).pages;
    expect(job.script).toEqual(['npm ci', 'npm run build']);
    expect(job.before_script).toContain('apt-get install -y --no-install-recommends chromium-headless-shell');
    expect(job.variables).toEqual({ KICKOFF_CHROMIUM: '/usr/bin/chromium-headless-shell' });
    expect(job.pages).toEqual({ publish: 'dist' });
    expect(job.artifacts).toEqual({ paths: ['dist'] });
    const derive = job.before_script.filter((line) => line.startsWith('export '));
    for (const [url, site, base] of [
      ['https://group.gitlab.io/playbook', 'https://group.gitlab.io', '/playbook/'],
      ['https://group.gitlab.io/sub/group/playbook', 'https://group.gitlab.io', '/sub/group/playbook/'],
      ['https://playbook.example.com', 'https://playbook.example.com', '/'],
      ['http://gitlab.intranet:8080/pm/kickoff', 'http://gitlab.intranet:8080', '/pm/kickoff/'],
    ]) {
      const variables = exported(derive, { CI_PAGES_URL: url }, ['KICKOFF_SITE', 'KICKOFF_BASE']);
      expect(variables, url).toEqual({ KICKOFF_SITE: site, KICKOFF_BASE: base });
      expect(settingsWith(variables)).toMatchObject({ site, base });
    }
  });

  it('the Dockerfile builds with Chromium and the README’s commands, and serves only dist/ under the base path', async () => {
    const instructions = (await recipe('Dockerfile')).split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    const stages = instructions.join('\n').split(/^(?=FROM )/m);
    expect(stages).toHaveLength(2);
    const [build, serve] = stages.map((stage) => stage.trim().split('\n'));
    expect(build[0]).toBe('FROM node:24-bookworm-slim AS build');
    const runs = build.filter((line) => line.startsWith('RUN ')).map((line) => line.slice(4));
    expect(runs).toEqual([
      'apt-get update && apt-get install -y --no-install-recommends chromium-headless-shell && rm -rf /var/lib/apt/lists/*',
      'npm ci --no-audit --no-fund',
      'npm run build',
    ]);
    for (const run of runs) execFileSync('sh', ['-n', '-c', run]);
    expect(build).toContain('ENV KICKOFF_CHROMIUM=/usr/bin/chromium-headless-shell');
    expect(serve).toEqual(['FROM nginx:1.29-alpine', 'ARG KICKOFF_BASE=/', 'COPY --from=build /playbook/dist /usr/share/nginx/html${KICKOFF_BASE}']);
    // The README's build command is the one every recipe runs.
    expect(await readFile(path.join(ROOT, 'README.md'), 'utf8')).toContain('npm ci && npm run build');
    // What the container must not copy: the host's installs and builds.
    expect((await recipe('dockerignore')).split('\n')).toEqual(expect.arrayContaining(['node_modules', 'dist', '.astro']));
  });
});
