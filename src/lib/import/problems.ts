/** What makes the import refuse a file: the line of an element and what is wrong with it, in the reader's words. */
export interface ImportProblem {
  line: number;
  message: string;
}

/**
 * The problems of one file, each once (a value read twice is one problem), in the order of
 * their lines. A file with one is refused: the import writes no plan that lost a task, a link
 * or a value without a word.
 */
export function problemList(): { report(line: number, message: string): void; all(): ImportProblem[] } {
  const problems = new Map<string, ImportProblem>();
  return {
    report: (line, message) => void problems.set(`${line} ${message}`, { line, message }),
    all: () => [...problems.values()].sort((a, b) => a.line - b.line),
  };
}
