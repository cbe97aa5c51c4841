// JUnit XML from any producer (surefire, pytest, jest-junit, vitest, go-junit-report,
// dotnet trx-to-junit, gradle…), read with a real XML parser.
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import type {Relativize} from '../paths.js'
import type {FailureDraft} from '../types.js'

export interface ReportDrafts {
  drafts: FailureDraft[]
  tests: number
  error?: string
}

type Node = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: name => ['testsuite', 'testcase', 'failure', 'error', 'property'].includes(name),
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false
})

function asArray(v: unknown): Node[] {
  if (v === undefined || v === null) return []
  return (Array.isArray(v) ? v : [v]).filter((x): x is Node => typeof x === 'object' && x !== null)
}

function text(node: Node | string | undefined): string {
  if (node === undefined) return ''
  if (typeof node === 'string') return node
  const t = node['#text']
  return typeof t === 'string' ? t : ''
}

function attr(node: Node, name: string): string | undefined {
  const v = node[`@${name}`]
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined
}

const LOCATION =
  /(?:^|[\s(])((?:[A-Za-z]:)?[\w./\\-]+\.(?:[cm]?[jt]sx?|py|go|rs|java|kt|rb|cs|php|swift|scala)):(\d+)/

function walkSuites(node: Node, out: Node[], depth = 0): void {
  if (depth > 20) return
  for (const suite of asArray(node.testsuite)) {
    out.push(suite)
    walkSuites(suite, out, depth + 1)
  }
}

export function parseJunit(content: string, relativize: Relativize): ReportDrafts {
  const valid = XMLValidator.validate(content)
  const error =
    valid === true ? undefined : `Malformed JUnit XML (line ${valid.err.line}): ${valid.err.msg}`
  let doc: Node
  try {
    doc = parser.parse(content) as Node
  } catch (e) {
    return {
      drafts: [],
      tests: 0,
      error: error ?? `Malformed JUnit XML: ${e instanceof Error ? e.message : String(e)}`
    }
  }
  const suites: Node[] = []
  const root = asArray(doc.testsuites)[0]
  if (root) walkSuites(root, suites)
  walkSuites(doc, suites)
  const drafts: FailureDraft[] = []
  let tests = 0
  for (const suite of suites) {
    const suiteFile = attr(suite, 'file') ?? attr(suite, 'filepath')
    for (const tc of asArray(suite.testcase)) {
      tests++
      const problems = [
        ...asArray(tc.failure).map(n => ['failure', n] as const),
        ...asArray(tc.error).map(n => ['error', n] as const)
      ]
      if (problems.length === 0) continue
      const [kind, node] = problems[0]
      const body = text(node).trim()
      const message = (
        attr(node, 'message') ??
        body.split('\n').find(l => l.trim()) ??
        `Test ${kind}`
      ).trim()
      const type = attr(node, 'type')
      const file = attr(tc, 'file') ?? suiteFile
      const loc = LOCATION.exec(body)
      const classname = attr(tc, 'classname')
      const name = attr(tc, 'name') ?? '(unnamed test)'
      const fromClass =
        !file &&
        classname &&
        /^[\w.$]+$/.test(classname) &&
        classname.includes('.') &&
        !/\.py$/.test(classname)
      const resolvedFile = file ?? (loc ? loc[1] : undefined)
      drafts.push({
        category: 'test_fail',
        tool: 'junit',
        rule: kind === 'failure' ? 'junit.failure' : 'junit.error',
        confidence: 0.9,
        message: type && !message.startsWith(type) ? `${type}: ${message}` : message,
        excerpt: body.slice(0, 2000),
        test: classname && classname !== resolvedFile ? `${classname} > ${name}` : name,
        ...(resolvedFile ? {file: relativize(resolvedFile)} : fromClass ? {} : {}),
        ...(attr(tc, 'line')
          ? {line: Number(attr(tc, 'line'))}
          : loc && resolvedFile && loc[1].endsWith(resolvedFile.replace(/^\.\//, ''))
            ? {line: Number(loc[2])}
            : {})
      })
    }
  }
  if (!error && tests === 0 && suites.length === 0)
    return {drafts, tests, error: 'No <testsuite> or <testcase> elements: not a JUnit report.'}
  return {drafts, tests, ...(error ? {error} : {})}
}
