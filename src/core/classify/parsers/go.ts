// go test (text and -json lines), go build/vet compiler errors.
import {draft, int, type Found, type LineParser} from './parser.js'
import {runSteps, type Step, type StepState} from './steps.js'
import {guarded} from '../literal-guard.js'
import {withGotestsumReruns} from './retry-passes.js'

const GO_FAIL = guarded(/^(\s*)--- FAIL: (\S+)(?: \(\d+(?:\.\d+)?s\))?/, ['--- FAIL: '])
const GO_LOC = guarded(/^\s+([\w./-]+\.go):(\d+): (.*)$/, ['.go'])
const GO_COMPILE = guarded(/^(\.?\.?\/?[\w./-]+\.go):(\d+):(\d+): (.+)$/, ['.go'])
const GO_BUILD_FAILED = guarded(/^FAIL\s+(\S+) \[(build failed|setup failed)\]/, [
  'build failed',
  'setup failed'
])
const GO_LINTER_SUFFIX = guarded(/\((\w[\w-]*)\)$/, ['('])

interface JsonEvent {
  Action?: string
  Package?: string
  Test?: string
  Output?: string
}

/** go test -json: the output lines seen so far per `package test`. */
interface GoState extends StepState {
  outputs: Map<string, string[]>
}

/** A go test -json event: output is kept per test, a fail becomes a finding located by it. */
const jsonEvent: Step<GoState> = (s, i, line) => {
  if (!line.startsWith('{"') || !line.includes('"Action"')) return false
  let ev: JsonEvent
  try {
    ev = JSON.parse(line) as JsonEvent
  } catch {
    return true
  }
  const key = `${ev.Package ?? ''} ${ev.Test ?? ''}`
  if (ev.Action === 'output' && ev.Test && ev.Output) {
    const list = s.outputs.get(key) ?? []
    if (list.length < 20) list.push(ev.Output.replace(/\n$/, ''))
    s.outputs.set(key, list)
  } else if (ev.Action === 'fail' && ev.Test) {
    const outs = s.outputs.get(key) ?? []
    const loc = outs.map(o => GO_LOC.exec(o)).find(x => x)
    s.out.push(
      draft(i, 'go', 'go-json.fail', 'test_fail', 0.9, loc?.[3] ?? 'Test failed', {
        test: ev.Test.replace(/\//g, ' > '),
        file: loc ? s.ctx.relativize(loc[1]) : undefined,
        line: int(loc?.[2]),
        errorCode: ev.Package
      })
    )
  }
  return true
}

/** go test's `--- FAIL: Test (0.01s)`, located by the first `file.go:line:` in its output. */
const testFail: Step<GoState> = (s, i, line) => {
  const {lines} = s
  const m = GO_FAIL.exec(line)
  if (!m) return false
  const depth = m[1].length
  let loc: RegExpExecArray | null = null
  for (let j = i + 1; j < Math.min(lines.length, i + 25); j++) {
    const l = lines[j]
    if (/^\s*--- (?:FAIL|PASS|SKIP)|^(?:FAIL|ok|PASS)\b|^=== /.test(l)) break
    loc = GO_LOC.exec(l)
    if (loc) break
  }
  s.out.push(
    draft(i, 'go', 'go-test.fail', 'test_fail', loc ? 0.9 : 0.8, loc?.[3] ?? 'Test failed', {
      test: m[2].replace(/\//g, ' > '),
      file: loc ? s.ctx.relativize(loc[1]) : undefined,
      line: int(loc?.[2]),
      errorCode: depth > 0 ? 'subtest' : undefined
    })
  )
  return true
}

const buildFailed: Step<GoState> = (s, i, line) => {
  const m = GO_BUILD_FAILED.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'go', 'go.build-failed', 'compile_error', 0.7, `${m[1]} [${m[2]}]`, {
      errorCode: m[2]
    })
  )
  return true
}

/** go build/vet's `file.go:line:col: message` (a linter's `(name)` suffix is lint.ts's). */
const compileError: Step<GoState> = (s, i, line) => {
  const m = GO_COMPILE.exec(line)
  if (!m || GO_LINTER_SUFFIX.test(m[4])) return false
  // GOPATH mode: a remote import path (host with a dot) that was never fetched
  const pkg = /^cannot find package "([^"/]+\.[^"/]+\/[^"]+)" in any of/.exec(m[4])
  if (pkg) {
    s.out.push(
      draft(i, 'go', 'go.package-missing', 'dependency_missing', 0.75, m[4], {
        file: s.ctx.relativize(m[1]),
        line: int(m[2]),
        errorCode: pkg[1]
      })
    )
    return true
  }
  const vet = /^vet: /.test(m[4])
  s.out.push(
    draft(i, 'go', vet ? 'go.vet' : 'go.compile', vet ? 'lint_error' : 'compile_error', 0.8, m[4], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2]),
      column: int(m[3])
    })
  )
  return true
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<GoState> = (s, i, line) =>
  jsonEvent(s, i, line) ||
  testFail(s, i, line) ||
  buildFailed(s, i, line) ||
  compileError(s, i, line)

/** A parent test fails because its subtest did: keep the subtests. */
function withoutFailedParents(out: readonly Found[]): Found[] {
  const names = new Set(out.filter(f => f.rule !== 'go.compile').map(f => f.test ?? ''))
  return out.filter(
    f => !f.test || ![...names].some(n => n !== f.test && n.startsWith(`${f.test} > `))
  )
}

export const parseGo: LineParser = (lines, ctx) =>
  withGotestsumReruns(
    withoutFailedParents(runSteps({lines, ctx, out: [], outputs: new Map()}, parseLine)),
    lines,
    ctx
  )
