// Which report format a file holds, from its content (the file name is only a hint).
// Apart from the parsers, so that deciding whether a file is a report does not load
// the XML parser: a run on plain logs never needs it.

export type ReportFormat =
  'junit' | 'jest-json' | 'go-test-json' | 'eslint-json' | 'empty' | 'binary' | 'unknown'

function looksBinary(content: string): boolean {
  const sample = content.slice(0, 4096)
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0 || c === 0xfffd || (c < 9 && c !== 0)) bad++
  }
  return sample.length > 0 && bad / sample.length > 0.01
}

export function detectReportFormat(content: string, fileName = ''): ReportFormat {
  const head = content.replace(/^\uFEFF/, '').trimStart()
  if (head === '') return 'empty'
  if (looksBinary(content)) return 'binary'
  if (head.startsWith('<'))
    return /<testsuites?[\s>]|<testcase[\s>]/.test(head.slice(0, 20000)) || /\.xml$/i.test(fileName)
      ? 'junit'
      : 'unknown'
  if (
    head.startsWith('{"Time"') ||
    head.startsWith('{"Action"') ||
    /^\{"(?:Time|Action|Package)"[^\n]*"Action"/.test(head)
  )
    return 'go-test-json'
  if (head.startsWith('[') && /"filePath"\s*:/.test(head.slice(0, 5000))) return 'eslint-json'
  if (head.startsWith('{') && /"testResults"\s*:/.test(content)) return 'jest-json'
  if (/\.xml$/i.test(fileName)) return 'junit'
  return 'unknown'
}

/** Does this start of a file (first few KB) look like a report parseReport reads? */
export function looksLikeReport(head: string, fileName = ''): boolean {
  const f = detectReportFormat(head, fileName)
  return f === 'junit' || f === 'jest-json' || f === 'go-test-json' || f === 'eslint-json'
}
