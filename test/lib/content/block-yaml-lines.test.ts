/**
 * The fast line reader on front matter worked out by hand: the line of each field in every block
 * style it knows, and "not sure" (undefined) for every style it leaves to the parser.
 */
import { describe, expect, test } from 'vitest';
import { blockYamlLines } from '../../../src/lib/content/block-yaml-lines.ts';

// Line numbers in the comments are those of the file: line 1 is the opening `---`.
const PLAN = [
  'title: Plan # the name', //   2
  '', //                         3
  'tasks:', //                   4
  '  - id: a', //                5
  '    dependsOn: [b, c]', //    6
  '# a comment further left', // 7
  '  - id: b', //                8
  '    note: |', //              9
  '      text', //              10
  '', //                        11
  '      more', //              12
  '    done: true', //          13
  '  - plain words', //         14
  '    continued', //           15
  '  - "quoted"', //            16
  'limits: {min: 1, max: [2, 3]}', // 17
  "said: 'it''s' # quoted", //  18
  'folded: >', //               19
  '  one', //                   20
  '  two', //                   21
  'last: "a \\" b"   ', //      22
  'team:', //                   23
  '- lead', //                  24
  '- dev', //                   25
].join('\n');

describe('blockYamlLines: where each field of plain block YAML starts', () => {
  const lineOf = blockYamlLines(PLAN, 1);

  test('a field of a map is on its key line, whatever its value', () => {
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['tasks'])).toBe(4);
    expect(lineOf(['team'])).toBe(23);
    expect(lineOf(['limits'])).toBe(17);
    expect(lineOf(['said'])).toBe(18);
    expect(lineOf(['folded'])).toBe(19);
    expect(lineOf(['last'])).toBe(22);
  });

  test('a list item is on the line of its dash; the fields of a `- key: value` item on their own lines', () => {
    expect(lineOf(['tasks', 0])).toBe(5);
    expect(lineOf(['tasks', 0, 'id'])).toBe(5);
    expect(lineOf(['tasks', 0, 'dependsOn'])).toBe(6);
    expect(lineOf(['tasks', 1])).toBe(8);
    expect(lineOf(['tasks', 1, 'note'])).toBe(9);
    expect(lineOf(['tasks', 1, 'done'])).toBe(13);
    expect(lineOf(['tasks', 2])).toBe(14);
    expect(lineOf(['tasks', 3])).toBe(16);
    // A list at its key's own column.
    expect(lineOf(['team', 0])).toBe(24);
    expect(lineOf(['team', 1])).toBe(25);
  });

  test('a path into a one-line flow collection stays on its line', () => {
    expect(lineOf(['tasks', 0, 'dependsOn', 1])).toBe(6);
    expect(lineOf(['limits', 'max', 0])).toBe(17);
  });

  test('a path beyond what exists ends at the deepest field that does', () => {
    expect(lineOf([])).toBe(2);
    expect(lineOf(['nothing'])).toBe(2);
    expect(lineOf(['tasks', 9])).toBe(4);
    expect(lineOf(['tasks', 0, 'nothing'])).toBe(5);
    expect(lineOf(['title', 'nothing'])).toBe(2);
    // Keys are never numbers and indices never keys.
    expect(lineOf(['tasks', 'id'])).toBe(4);
    expect(lineOf([0])).toBe(2);
    expect(lineOf(['tasks', 1, 'note', 0])).toBe(9);
  });

  test('the lines before the YAML are added: none for a JSON-like text, one after `---`', () => {
    expect(blockYamlLines('a: 1\nb:\n  c: 2\n', 0)(['b', 'c'])).toBe(3);
    expect(blockYamlLines('a: 1\nb:\n  c: 2\n', 1)(['b', 'c'])).toBe(4);
    expect(blockYamlLines('a: 1\nb:\n  c: 2\n', 1)(['b'])).toBe(3);
  });

  test('nested maps and lists under a key, indented by any number of spaces', () => {
    const text = 'a:\n   b:\n      - x\n      - y: 1\n        z: 2\n   c: 3\nd: 4\n';
    const lines = blockYamlLines(text, 0);
    expect([lines(['a', 'b', 0]), lines(['a', 'b', 1, 'z']), lines(['a', 'c']), lines(['d'])]).toEqual([3, 5, 6, 7]);
  });

  test('an empty item, `-` alone, followed by its block', () => {
    const lines = blockYamlLines('list:\n  -\n    a: 1\n  - b\n', 0);
    expect([lines(['list', 0]), lines(['list', 0, 'a']), lines(['list', 1])]).toEqual([3, 3, 4]);
  });
});

describe('blockYamlLines: not sure, the parser answers', () => {
  test.each([
    ['a tab in the indentation', 'a:\n\t- x\n'],
    ['an anchor', 'a: &x 1\nb: 2\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !t 1\n'],
    ['a directive sign', 'a: %x\n'],
    ['a reserved @', 'a: @x\n'],
    ['a reserved backtick', 'a: `x`\n'],
    ['a complex key', 'a: ? x\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key YAML reads as a boolean', 'true: 1\n'],
    ['a key YAML reads as null', 'Null: 1\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['a flow list over two lines', 'a: [1,\n  2]\n'],
    ['a flow map with text after it', 'a: {b: 1} c\n'],
    ['a flow list with a quote inside', 'a: ["x"]\n'],
    ['a flow list that never closes', 'a: [1, [2]\n'],
    ['a quoted text over two lines', 'a: "x\n  y"\n'],
    ['a quoted text with text after it', "a: 'x' y\n"],
    ['a key with nothing after it at the end', 'a: 1\nb:\n'],
    ['a key whose value is not indented', 'a:\nb: 1\n'],
    ['a list inside a list on one line', 'a:\n  - - x\n'],
    ['a list as a map value on its key line', 'a: - x\n'],
    ['a first line indented', '  a: 1\n'],
    ['a text that is only a scalar', 'just text\n'],
    ['a line that is neither key nor item', 'a:\n  b: 1\n  plain\n'],
    ['only comments', '# nothing\n'],
    ['nothing at all', ''],
  ])('%s', (_name, text) => {
    expect(blockYamlLines(text, 1)(['a'])).toBeUndefined();
  });

  test('a key with nothing after it is read when its list follows at its column', () => {
    expect(blockYamlLines('a:\n- x\n', 1)(['a', 0])).toBe(3);
  });

  test('keys may carry dots, dashes, digits and underscores; a space before the colon is allowed', () => {
    const lines = blockYamlLines('_a.b-c9: 1\nkey : 2\nnot_true: 3\n', 0);
    expect([lines(['_a.b-c9']), lines(['key']), lines(['not_true'])]).toEqual([1, 2, 3]);
  });

  test('a comment starts after white space only: `#` inside a word is text', () => {
    expect(blockYamlLines('a: x#y\nb: [1] # c\n', 0)(['b'])).toBe(2);
    expect(blockYamlLines('a: # only a comment\nb: 1\n', 0)(['a'])).toBeUndefined();
  });
});
