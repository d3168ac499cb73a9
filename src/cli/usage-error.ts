/** A command line that cannot be run as given (exit code 2); its message says what to type instead. */
export class UsageError extends Error {}

/** Throws a usage error unless exactly `count` arguments follow the subcommand. */
export function expectArgs(
  args: readonly string[],
  count: number,
  usage: string,
  words: { usage(text: string): string; unexpected(text: string): string },
): void {
  if (args.length === count) return;
  throw new UsageError(`${words.usage(usage)}${args.length > count ? ` (${words.unexpected(args.slice(count).join(' '))})` : ''}`);
}
