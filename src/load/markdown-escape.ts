/** Make plain text render as itself in Markdown: no emphasis, links, HTML, entities or lists. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|&~]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
