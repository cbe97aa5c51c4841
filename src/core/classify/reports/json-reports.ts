// JSON reports: vitest/jest `--reporter=json`, `go test -json`, eslint `-f json`.
import type {Relativize} from '../paths.js'
import type {FailureDraft} from '../types.js'
import type {ReportDrafts} from './junit.js'

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '')
}

/** vitest and jest share the jest JSON shape: testResults[].assertionResults[]. */
export function parseJestJson(doc: Obj, relativize: Relativize): ReportDrafts {
  const drafts: FailureDraft[] = []
  let tests = 0
  for (const file of Array.isArray(doc.testResults) ? doc.testResults : []) {
    if (!isObj(file)) continue
    const name = str(file.name) ?? str(file.testFilePath) ?? ''
    const assertions = Array.isArray(file.assertionResults)
      ? file.assertionResults
      : Array.isArray(file.testResults)
        ? file.testResults
        : []
    let failedHere = 0
    for (const a of assertions) {
      if (!isObj(a)) continue
      tests++
      if (a.status !== 'failed') continue
      failedHere++
      const messages = Array.isArray(a.failureMessages)
        ? a.failureMessages.filter((m): m is string => typeof m === 'string')
        : []
      const first = stripAnsi(messages[0] ?? 'Test failed')
      const loc = isObj(a.location) ? a.location : undefined
      const ancestors = Array.isArray(a.ancestorTitles)
        ? a.ancestorTitles.filter((t): t is string => typeof t === 'string')
        : []
      const title = str(a.title) ?? str(a.fullName) ?? '(unnamed test)'
      const at = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`).exec(
        first
      )
      drafts.push({
        category: 'test_fail',
        tool: 'jest-json',
        rule: 'jest-json.failed',
        confidence: 0.9,
        message: first.split('\n')[0],
        excerpt: first.slice(0, 2000),
        file: relativize(name),
        test: [...ancestors, title].join(' > '),
        ...(typeof loc?.line === 'number'
          ? {line: loc.line, column: typeof loc.column === 'number' ? loc.column : undefined}
          : at
            ? {line: Number(at[1]), column: Number(at[2])}
            : {})
      })
    }
    if (failedHere === 0 && file.status === 'failed') {
      const message = stripAnsi(str(file.message) ?? 'Test file failed to run')
      drafts.push({
        category: 'test_fail',
        tool: 'jest-json',
        rule: 'jest-json.suite-failed',
        confidence: 0.8,
        message: message.trim().split('\n')[0] ?? message,
        excerpt: message.slice(0, 2000),
        file: relativize(name)
      })
    }
  }
  return {drafts, tests}
}

/** eslint -f json: [{filePath, messages: [{ruleId, severity, message, line, column}]}]. */
export function parseEslintJson(doc: unknown[], relativize: Relativize): ReportDrafts {
  const drafts: FailureDraft[] = []
  for (const file of doc) {
    if (!isObj(file) || !Array.isArray(file.messages)) continue
    for (const m of file.messages) {
      if (!isObj(m) || m.severity !== 2) continue
      const message = str(m.message) ?? 'Lint error'
      const fatal = m.fatal === true
      drafts.push({
        category: fatal ? 'compile_error' : 'lint_error',
        tool: 'eslint',
        rule: fatal ? 'eslint-json.parsing-error' : 'eslint-json.error',
        confidence: fatal ? 0.75 : 0.9,
        message,
        excerpt: message,
        file: relativize(str(file.filePath) ?? ''),
        ...(typeof m.line === 'number' ? {line: m.line} : {}),
        ...(typeof m.column === 'number' ? {column: m.column} : {}),
        ...(str(m.ruleId) ? {errorCode: str(m.ruleId)} : {})
      })
    }
  }
  return {drafts, tests: 0}
}

interface GoEvent {
  Action?: string
  Package?: string
  Test?: string
  Output?: string
}

/** go test -json: one event per line; failed tests with their output. */
export function parseGoJson(content: string, relativize: Relativize): ReportDrafts {
  const drafts: FailureDraft[] = []
  const outputs = new Map<string, string[]>()
  let tests = 0
  let bad = 0
  const failedTests = new Set<string>()
  for (const line of content.split('\n')) {
    if (!line.startsWith('{')) continue
    let ev: GoEvent
    try {
      ev = JSON.parse(line) as GoEvent
    } catch {
      bad++
      continue
    }
    const key = `${ev.Package ?? ''}\u0000${ev.Test ?? ''}`
    if (ev.Action === 'output' && ev.Output !== undefined) {
      const list = outputs.get(key) ?? []
      if (list.length < 50) list.push(ev.Output.replace(/\n$/, ''))
      outputs.set(key, list)
    } else if ((ev.Action === 'pass' || ev.Action === 'fail') && ev.Test) {
      tests++
      if (ev.Action === 'fail') failedTests.add(ev.Test)
      if (ev.Action !== 'fail') continue
      const outs = outputs.get(key) ?? []
      const loc = outs.map(o => /^\s+([\w./-]+\.go):(\d+): (.*)$/.exec(o)).find(x => x)
      drafts.push({
        category: 'test_fail',
        tool: 'go',
        rule: 'go-json.fail',
        confidence: 0.9,
        message: loc?.[3] ?? 'Test failed',
        excerpt: outs.join('\n').slice(0, 2000),
        test: ev.Test.replace(/\//g, ' > '),
        errorCode: ev.Package,
        ...(loc ? {file: relativize(loc[1]), line: Number(loc[2])} : {})
      })
    } else if (ev.Action === 'fail' && !ev.Test) {
      const outs = outputs.get(key) ?? []
      const build = outs.find(o => /\[build failed\]|\.go:\d+:\d+: /.test(o))
      if (build)
        drafts.push({
          category: 'compile_error',
          tool: 'go',
          rule: 'go-json.build-failed',
          confidence: 0.8,
          message: build.trim(),
          excerpt: outs.join('\n').slice(0, 2000),
          errorCode: ev.Package
        })
    }
  }
  // Parents fail because a subtest did: keep the subtests.
  const kept = drafts.filter(
    d => !d.test || ![...failedTests].some(t => t.startsWith(`${d.test?.replace(/ > /g, '/')}/`))
  )
  return {
    drafts: kept,
    tests,
    ...(bad > 0 && tests === 0 ? {error: 'Not valid go test -json output.'} : {})
  }
}
