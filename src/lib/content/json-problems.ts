import { parse, parseTree, type Node, type ParseError } from 'jsonc-parser';

/**
 * Where JSON text goes wrong, for findings with a line: JSON.parse names no position for most of
 * its errors ("Unexpected token 'N'"), and keeps the last of two fields of one name in silence.
 */

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The offset of the first syntax error in strict JSON (no comments, no trailing commas). */
export function firstSyntaxErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset;
}

/** The first field, in the order of the text, named a second time in its object: its name and the offset of the second. */
export function firstDuplicateKey(text: string): { key: string; offset: number } | undefined {
  const duplicates: { key: string; offset: number }[] = [];
  const walk = (node: Node | undefined): void => {
    if (!node?.children) return;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children) {
        const name = property.children?.[0];
        if (name === undefined || typeof name.value !== 'string') continue;
        if (seen.has(name.value)) duplicates.push({ key: name.value, offset: name.offset });
        seen.add(name.value);
      }
    }
    node.children.forEach(walk);
  };
  // Only called on text JSON.parse read, so the parser's defaults (comments allowed) never matter.
  walk(parseTree(text));
  return duplicates.sort((a, b) => a.offset - b.offset)[0];
}
