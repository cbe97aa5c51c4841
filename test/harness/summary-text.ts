// Renders a job summary (GitHub-flavoured markdown with the HTML that
// @actions/core's summary builder writes) as plain text for a terminal.

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

export function summaryToText(summary: string): string {
  return decode(
    summary
      .replace(
        /<h([1-6])>(.*?)<\/h\1>/g,
        (_, level: string, text: string) => `${'#'.repeat(Number(level))} ${text}\n`
      )
      .replace(/<tr>(.*?)<\/tr>/g, (_, row: string) => {
        const cells = [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(m =>
          (m[1] ?? '').replace(/<[^>]+>/g, '')
        )
        return `| ${cells.join(' | ')} |\n`
      })
      .replace(/<\/?table>/g, '\n')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<details><summary>(.*?)<\/summary>/g, '▸ $1\n')
      .replace(/<\/details>/g, '\n')
      .replace(/<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/g, '\n$1\n')
      .replace(/<li>(.*?)<\/li>/g, '  - $1\n')
      .replace(/<a href="([^"]*)">(.*?)<\/a>/g, '$2 ($1)')
      .replace(/<[^>]+>/g, '')
      .replace(/\n{3,}/g, '\n\n')
  ).trim()
}
