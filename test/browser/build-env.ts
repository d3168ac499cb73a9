/** Environment for a child build: the runner's, minus variables that would change what is built. */
export function buildEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'KICKOFF_OUT_DIR',
    'KICKOFF_BASE',
    'KICKOFF_CONTENT',
    'KICKOFF_PDF',
    'KICKOFF_LANG',
    'NODE_OPTIONS',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ])
    delete env[name];
  return { ...env, ...extra };
}
