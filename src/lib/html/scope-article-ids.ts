/**
 * On pages that put many documents one after another (the print compilation), every document
 * brings its own heading ids (`worum-es-geht` ten times). This prefixes the ids inside each
 * `<article id="X">` with `X--`, and the in-page links inside that article with it, so that ids
 * are unique again. Articles must not be nested.
 */
export function scopeArticleIds(html: string): string {
  return html.replace(/<article\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/article>/g, (article, articleId: string) => {
    const [openTag] = article.match(/^<article\b[^>]*>/) as RegExpMatchArray;
    const inner = article.slice(openTag.length);
    const local = new Set([...inner.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    const scoped = inner
      .replace(/(\sid=")([^"]+)"/g, (_match, prefix: string, id: string) => `${prefix}${articleId}--${id}"`)
      .replace(/(\shref="#)([^"]+)"/g, (match, prefix: string, id: string) => (local.has(id) ? `${prefix}${articleId}--${id}"` : match));
    return openTag + scoped;
  });
}
