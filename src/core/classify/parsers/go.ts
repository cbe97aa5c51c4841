// go test (text and -json lines), go build/vet compiler errors.
import {draft, int, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'

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

export const parseGo: LineParser = (lines, ctx) => {
  const out: Found[] = []
  const outputs = new Map<string, string[]>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('{"') && line.includes('"Action"')) {
      let ev: JsonEvent
      try {
        ev = JSON.parse(line) as JsonEvent
      } catch {
        continue
      }
      const key = `${ev.Package ?? ''} ${ev.Test ?? ''}`
      if (ev.Action === 'output' && ev.Test && ev.Output) {
        const list = outputs.get(key) ?? []
        if (list.length < 20) list.push(ev.Output.replace(/\n$/, ''))
        outputs.set(key, list)
      } else if (ev.Action === 'fail' && ev.Test) {
        const outs = outputs.get(key) ?? []
        const loc = outs.map(o => GO_LOC.exec(o)).find(x => x)
        out.push(
          draft(i, 'go', 'go-json.fail', 'test_fail', 0.9, loc?.[3] ?? 'Test failed', {
            test: ev.Test.replace(/\//g, ' > '),
            file: loc ? ctx.relativize(loc[1]) : undefined,
            line: int(loc?.[2]),
            errorCode: ev.Package
          })
        )
      }
      continue
    }
    let m = GO_FAIL.exec(line)
    if (m) {
      const depth = m[1].length
      let loc: RegExpExecArray | null = null
      for (let j = i + 1; j < Math.min(lines.length, i + 25); j++) {
        const l = lines[j]
        if (/^\s*--- (?:FAIL|PASS|SKIP)|^(?:FAIL|ok|PASS)\b|^=== /.test(l)) break
        loc = GO_LOC.exec(l)
        if (loc) break
      }
      out.push(
        draft(i, 'go', 'go-test.fail', 'test_fail', loc ? 0.9 : 0.8, loc?.[3] ?? 'Test failed', {
          test: m[2].replace(/\//g, ' > '),
          file: loc ? ctx.relativize(loc[1]) : undefined,
          line: int(loc?.[2]),
          errorCode: depth > 0 ? 'subtest' : undefined
        })
      )
      continue
    }
    m = GO_BUILD_FAILED.exec(line)
    if (m) {
      out.push(
        draft(i, 'go', 'go.build-failed', 'compile_error', 0.7, `${m[1]} [${m[2]}]`, {
          errorCode: m[2]
        })
      )
      continue
    }
    m = GO_COMPILE.exec(line)
    if (m && !GO_LINTER_SUFFIX.test(m[4])) {
      // GOPATH mode: a remote import path (host with a dot) that was never fetched
      const pkg = /^cannot find package "([^"/]+\.[^"/]+\/[^"]+)" in any of/.exec(m[4])
      if (pkg) {
        out.push(
          draft(i, 'go', 'go.package-missing', 'dependency_missing', 0.75, m[4], {
            file: ctx.relativize(m[1]),
            line: int(m[2]),
            errorCode: pkg[1]
          })
        )
        continue
      }
      const vet = /^vet: /.test(m[4])
      out.push(
        draft(
          i,
          'go',
          vet ? 'go.vet' : 'go.compile',
          vet ? 'lint_error' : 'compile_error',
          0.8,
          m[4],
          {file: ctx.relativize(m[1]), line: int(m[2]), column: int(m[3])}
        )
      )
    }
  }
  // A parent test fails because its subtest did: keep the subtests.
  const names = new Set(out.filter(f => f.rule !== 'go.compile').map(f => f.test ?? ''))
  return out.filter(
    f => !f.test || ![...names].some(n => n !== f.test && n.startsWith(`${f.test} > `))
  )
}
