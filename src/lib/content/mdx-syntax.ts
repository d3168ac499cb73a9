/**
 * What only MDX reads differently from Markdown: JSX and HTML (`<`), expressions (`{`, `}`) and
 * ESM (`import`/`export` at the start of a line). A body without any is plain Markdown.
 */
const MDX_SYNTAX = /[<{}]|^[ \t]*(?:import|export)\b/m;

export const hasMdxSyntax = (body: string) => MDX_SYNTAX.test(body);
