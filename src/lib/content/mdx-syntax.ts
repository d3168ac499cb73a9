/**
 * What only MDX reads differently from Markdown: JSX and HTML (`<`), expressions (`{`, `}`) and
 * ESM (`import`/`export` at the start of a line). A body without any is plain Markdown.
 */
const MDX_SYNTAX = /[<{}]|^[ \t]*(?:import|export)\b/m;

export const hasMdxSyntax = (body: string) => MDX_SYNTAX.test(body);

/**
 * What Markdown reads differently from MDX in a body without MDX syntax. Indented code: MDX has
 * none, so four columns of indentation are text there and code in Markdown. Inside a list item or
 * a quote the indentation follows the container's marker, so it is not at the start of the line;
 * but it is always a tab or four spaces in a row. Images: MDX turns a local image into a module
 * import, Markdown into a reference its renderer resolves.
 */
const MARKDOWN_ONLY = / {4}|\t|!\[/;

/**
 * Whether MDX and Markdown read a body alike, so that it renders to the same HTML through either
 * (checked against both parsers in `test/lib/content/markdown-alike.property.test.ts`). The
 * answer may be "no" for a body that would in fact read alike: it only has to be right when it
 * is "yes".
 */
export const readsAlikeAsMarkdown = (body: string) => !hasMdxSyntax(body) && !MARKDOWN_ONLY.test(body);
