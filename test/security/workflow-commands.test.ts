// Issue #10: untrusted text (a JUnit test name, a log line, a Sentry
// exception type) must never run as a workflow command, and one-line outputs
// stay one line. Each injection goes through (a) inert() itself, (b) the
// runner's ActionIO in a child process, (c) the classify bundle spawned as a
// runner spawns it, and (d) self-heal in-process with a poisoned Sentry error.
// What "runs" means is test/harness/workflow-commands.ts: the runner's own
// parsing, line by line (lone CR included, ##[cmd] anywhere in a line).
import {spawn} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {runnerIO} from '../../src/runtime/action-io.js'
import {INERT_MARKER, inert, oneLine} from '../../src/runtime/inert-text.js'
import {MULTI_LINE_OUTPUTS} from '../../src/runtime/outputs.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {appFrame, buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupRun, REPO_ROOT, runAction, type ActionRun} from '../harness/run-action.js'
import {perSession} from '../harness/scripted-sessions.js'
import {cleanupSelfHealRuns, runSelfHealInProcess} from '../harness/self-heal-run.js'
import {
  parseKeyValueFile,
  readAsRunner,
  type WorkflowCommand
} from '../harness/workflow-commands.js'

interface Injection {
  name: string
  text: string
  /** Whether the runner runs a command when the text is printed raw after other text. */
  runs: boolean
}

const injection = (name: string, text: string, runs = true): Injection => ({name, text, runs})

/** Appended to a test name or an error message: what an attacker controls. */
const INJECTIONS: Injection[] = [
  injection('LF ::warning', '\n::warning::injected warning'),
  injection('LF ::error', '\n::error::injected error'),
  injection('LF ::notice', '\n::notice::injected notice'),
  injection('LF ::debug', '\n::debug::injected debug'),
  injection('LF ::add-mask', '\n::add-mask::summary'),
  injection('LF ::set-output', '\n::set-output name=summary::pwned'),
  injection('LF ::save-state', '\n::save-state name=s::pwned'),
  injection('LF ::set-env', '\n::set-env name=NODE_OPTIONS::--require=/tmp/x.js'),
  injection('LF ::add-path', '\n::add-path::/tmp/evil'),
  injection('LF ::add-matcher', '\n::add-matcher::.github/evil-matcher.json'),
  injection('LF ::remove-matcher', '\n::remove-matcher owner=tsc::'),
  injection('LF ::echo', '\n::echo::on'),
  injection('LF ::group', '\n::group::forged group'),
  injection('LF ::endgroup', '\n::endgroup::closes the step group'),
  injection('LF ::stop-commands', '\n::stop-commands::pwn3d'),
  injection('LF ::stop-commands, empty token', '\n::stop-commands::'),
  injection('LF ::error with properties', '\n::error file=src/a.ts,line=1,title=Forged::forged'),
  injection('LF upper-case ::WARNING', '\n::WARNING::upper case'),
  injection('lone CR', '\r::warning::after a lone CR'),
  injection('CRLF', '\r\n::warning::after CRLF'),
  injection('LF, spaces', '\n   ::warning::after spaces'),
  injection('LF, tab', '\n\t::warning::after a tab'),
  injection('LF, NBSP and U+3000', '\n\u00a0\u3000::warning::after NBSP'),
  injection('LF, VT and FF', '\n\v\f::warning::after VT and FF'),
  injection('LF, NEL', '\n\u0085::warning::after NEL at a line start'),
  injection('U+2028 (no line end for the runner)', '\u2028::warning::after U+2028', false),
  injection('U+2029 (no line end for the runner)', '\u2029::warning::after U+2029', false),
  injection('NEL mid-line (no line end for the runner)', '\u0085::warning::after NEL', false),
  injection('##[error] mid-line', ' ##[error]v1 form mid-line'),
  injection('LF ##[warning]', '\n##[warning]v1 form at a line start'),
  injection('##[add-mask] mid-line', ' ##[add-mask]summary'),
  injection('##[set-output] mid-line', ' ##[set-output name=summary;]pwned'),
  injection('##[stop-commands] mid-line', ' ##[stop-commands]pwn3d'),
  injection('%0A-encoded', '%0A::warning::percent-encoded LF', false),
  injection('%0D%0A-encoded', '%0D%0A::add-mask::percent-encoded CRLF', false),
  injection('escapes inside data', '\n::set-output name=summary::%0A::warning::x%25'),
  injection('escaped properties', '\n::warning title=a%0A::warning::b,file=x.ts::props'),
  injection('whitespace-only mask', '\n::add-mask:: '),
  injection('LF, soft hyphen', '\n\u00ad::warning::soft hyphen first', false),
  injection('LF, zero-width space', '\n\u200b::warning::zero-width space first', false),
  injection('LF, BOM (not .NET whitespace)', '\n\ufeff::warning::BOM first', false),
  injection('zero-width inside ##[', ' #\u200b#[error]zero-width inside', false),
  injection('soft hyphen between colons', '\n:\u00ad:warning::soft hyphen between', false)
]

const LINE_BREAKS = /[\r\n\v\f\u0085\u2028\u2029]/

const commandsIn = (text: string): WorkflowCommand[] => readAsRunner(text).commands
const names = (commands: WorkflowCommand[]): string[] => commands.map(c => c.command)

// ---------------------------------------------------------------- (a) the function

describe('inert()', () => {
  it('has at least 30 injections, and the runner would run each one marked so', () => {
    expect(INJECTIONS.length).toBeGreaterThanOrEqual(30)
    for (const {name, text, runs} of INJECTIONS)
      expect(commandsIn(`TypeError${text}`).length > 0, name).toBe(runs)
  })

  it.each(INJECTIONS)('$name: no line runs, wherever it sits', ({text}) => {
    for (const placed of [text, `TypeError${text}`, `${text} tail`, `${text}\n${text}`]) {
      const safe = inert(placed)
      expect(commandsIn(safe)).toEqual([])
      expect(inert(safe)).toBe(safe)
    }
  })

  it.each(INJECTIONS.filter(i => !/#\u200b#/.test(i.text)))(
    '$name: only the marker and a space are added',
    ({text}) => {
      const back = (s: string): string => s.split(INERT_MARKER).join('').split('# #[').join('##[')
      expect(back(inert(`TypeError${text}`))).toBe(`TypeError${text}`)
    }
  )

  it('leaves text without a command as it is', () => {
    for (const text of ['TypeError: a::b', 'see #12 [x]', 'a\n  b: c', 'http://host:80/'])
      expect(inert(text)).toBe(text)
  })

  it('no mix of command pieces runs (5000 random strings)', () => {
    const pieces = [
      ':',
      '::',
      '#',
      '##[',
      '[',
      ']',
      '\n',
      '\r',
      ' ',
      '\t',
      '\u0085',
      '\u2028',
      '\u00ad',
      '\u200b',
      'warning',
      'add-mask',
      'stop-commands',
      'x',
      '%0A',
      '='
    ]
    let seed = 10
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({length: 1 + random(12)}, () => pieces[random(pieces.length)]).join(
        ''
      )
      expect(commandsIn(inert(text)), JSON.stringify(text)).toEqual([])
    }
  })

  it('oneLine folds every line break the runner or a reader might see', () => {
    expect(oneLine('a\r\nb\rc\nd\u0085e\u2028f\u2029g\vh\fi')).toBe('a b c d e f g h i')
    for (const {text} of INJECTIONS) expect(oneLine(text)).not.toMatch(LINE_BREAKS)
  })
})

describe('which outputs may hold more than one line', () => {
  it('the JSON outputs of the action metadata, and no other', async () => {
    const {parse} = await import('yaml')
    const json = new Set<string>()
    for (const file of [
      'action.yml',
      ...['classify', 'autofix', 'self-heal'].map(a => `actions/${a}/action.yml`)
    ]) {
      const meta = parse(await readFile(join(REPO_ROOT, file), 'utf8')) as {
        outputs: Record<string, {description: string}>
      }
      for (const [name, {description}] of Object.entries(meta.outputs))
        if (/^JSON\b/.test(description)) json.add(name)
    }
    expect([...json].sort()).toEqual([...MULTI_LINE_OUTPUTS].sort())
  })
})

// ---------------------------------------------------------------- (b) the runner's IO

function runChild(
  script: string,
  env: Record<string, string>
): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: REPO_ROOT,
      env: {PATH: process.env.PATH ?? '', ...env},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', code => resolve({code, stdout, stderr}))
  })
}

describe('the runner IO (runnerIO over @actions/core), in a child process', () => {
  it('runs exactly the commands ci-medic issues, with the text as their data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-medic-inert-'))
    try {
      const files = {output: join(dir, 'output'), summary: join(dir, 'summary')}
      await Promise.all(Object.values(files).map(f => writeFile(f, '')))
      const texts = INJECTIONS.map(i => `TypeError${i.text}`)
      const child = await runChild(join(REPO_ROOT, 'test/security/runner-io-child.ts'), {
        CI_MEDIC_TEXTS: JSON.stringify(texts),
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary
      })
      expect(child.code, child.stderr).toBe(0)
      expect(commandsIn(child.stderr)).toEqual([])

      const reading = readAsRunner(child.stdout)
      // Per text: debug, warning, error, the group around one info line, the annotation.
      const expected = texts.flatMap((text, i) => [
        {command: 'debug', properties: {}, message: inert(text)},
        {command: 'warning', properties: {}, message: text},
        {command: 'error', properties: {}, message: text},
        {command: 'group', properties: {}, message: oneLine(text)},
        {command: 'endgroup', properties: {}, message: ''},
        {
          command: 'error',
          properties: {title: oneLine(text), file: `src/${i}.ts`, line: '1'},
          message: text
        }
      ])
      expect(reading.commands).toEqual(expected)
      // The info lines are printed (inert), not swallowed.
      const printed = reading.lines.join('\n')
      texts.forEach((_, i) => expect(printed).toContain(`Healing ISSUE-${i}: TypeError`))
      expect(reading.lines.at(-1)).toBe('done')

      const outputs = parseKeyValueFile(await readFile(files.output, 'utf8'))
      texts.forEach((text, i) => expect(outputs[`line-${i}`]).toBe(oneLine(text)))
      expect(outputs.summary).not.toMatch(LINE_BREAKS)
      expect(JSON.parse(outputs.failures ?? '')).toEqual(texts)
      expect(outputs.failures).toContain('\n')
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('the direct runner IO (commandIO, no @actions/core)', () => {
  it('writes the same bytes as runnerIO over @actions/core: stdout, outputs and summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-medic-command-io-'))
    try {
      const texts = [...INJECTIONS.map(i => `TypeError${i.text}`), 'a%b:c,d', '']
      const run = async (kind: string) => {
        const files = {output: join(dir, `${kind}-output`), summary: join(dir, `${kind}-summary`)}
        await Promise.all(Object.values(files).map(f => writeFile(f, '')))
        const child = await runChild(join(REPO_ROOT, 'test/security/runner-io-child.ts'), {
          CI_MEDIC_TEXTS: JSON.stringify(texts),
          CI_MEDIC_IO: kind,
          CI_MEDIC_MORE: '1',
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary
        })
        expect(child.code, child.stderr).toBe(0)
        return {
          stdout: child.stdout,
          // the heredoc delimiters are random: compare them as one placeholder
          output: (await readFile(files.output, 'utf8')).replace(/ghadelimiter_[0-9a-f-]+/g, 'D'),
          summary: await readFile(files.summary, 'utf8')
        }
      }
      const viaCore = await run('core')
      const direct = await run('command')
      expect(direct.stdout).toBe(viaCore.stdout)
      expect(direct.output).toBe(viaCore.output)
      expect(direct.summary).toBe(viaCore.summary)
      expect(direct.output).toContain('failures<<D')
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

// ---------------------------------------------------------------- (c) the classify bundle

/** Text as an XML attribute value: line breaks as character references, so the parser keeps them. */
function xmlAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\p{Cc}/gu, c => `&#${c.charCodeAt(0)};`)
}

interface JunitCase {
  name: string
  message: string
  line: number
}

function junit(cases: JunitCase[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite name="cart" tests="${cases.length}" failures="${cases.length}">`,
    ...cases.flatMap(({name, message, line}) => [
      `    <testcase classname="cart" name="${xmlAttribute(name)}" file="src/cart.ts" line="${line}">`,
      `      <failure message="${xmlAttribute(message)}" type="AssertionError">expected 1 to be 2</failure>`,
      '    </testcase>'
    ]),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

// The bundle is spawned once per batch of injections, not once per injection
// (each spawn is about 0.3 CPU s): a JUnit file with one failing test case per
// injection, as many as classify annotates (at most 10 located failures), the
// last batch filled up with clean cases. Every case's name and message is read,
// listed in the failures output, annotated and logged, so an injection that ran
// would add, drop or change a command of its batch's run against the baseline:
// a JUnit file of as many clean cases.
const PER_RUN = 10
const BATCHES: {label: string; injections: Injection[]}[] = []
for (let i = 0; i < INJECTIONS.length; i += PER_RUN) {
  const injections = INJECTIONS.slice(i, i + PER_RUN)
  BATCHES.push({label: injections.map(j => j.name).join(', '), injections})
}

/** Case i of a batch: `case<i>` and the injection in its name and its message; clean past the injections. */
function batchCases(injections: Injection[]): JunitCase[] {
  return Array.from({length: PER_RUN}, (_, i) => {
    const text = injections[i]?.text ?? ''
    return {name: `case${i}${text}`, message: `expected ${i}${text}`, line: 12 + i}
  })
}

describe('the classify bundle, spawned as a runner spawns it', () => {
  const runs: ActionRun[] = []
  const dirs: string[] = []
  let baseline: ActionRun

  async function classifyFile(file: string, content: string): Promise<ActionRun> {
    const dir = await mkdtemp(join(tmpdir(), 'ci-medic-inject-'))
    dirs.push(dir)
    await writeFile(join(dir, file), content)
    const run = await runAction('classify', {
      workspace: dir,
      inputs: {'log-path': file, ledger: 'none', 'upload-artifacts': 'false'},
      timeoutMs: 60_000
    })
    runs.push(run)
    return run
  }

  /** What the injection must not change: the commands run, the outputs set, one line where one line. */
  function expectLikeBaseline(run: ActionRun, assert: typeof expect): void {
    assert(run.code, run.stdout + run.stderr).toBe(0)
    assert(names(run.commands)).toEqual(names(baseline.commands))
    assert(run.groups).toEqual(baseline.groups)
    assert(run.masks).toEqual([])
    assert(Object.keys(run.outputs).sort()).toEqual(Object.keys(baseline.outputs).sort())
    for (const [name, value] of Object.entries(run.outputs))
      if (!MULTI_LINE_OUTPUTS.has(name)) assert(value, name).not.toMatch(LINE_BREAKS)
  }

  beforeAll(async () => {
    baseline = await classifyFile('junit.xml', junit(batchCases([])))
    expect(baseline.code, baseline.stderr).toBe(0)
    expect(baseline.outputs.category).toBe('test_fail')
    expect(baseline.annotations).toHaveLength(PER_RUN)
  })
  afterAll(async () => {
    await Promise.all(runs.splice(0).map(cleanupRun))
    await Promise.all(dirs.splice(0).map(d => rm(d, {recursive: true, force: true})))
  })

  it('every injection is in one batch', () => {
    expect(BATCHES.flatMap(b => b.injections)).toEqual(INJECTIONS)
    expect(BATCHES.every(b => b.injections.length <= PER_RUN)).toBe(true)
  })

  it.concurrent.for(BATCHES)(
    'in JUnit test names and failure messages: $label',
    async ({injections}, {expect: assert}) => {
      const cases = batchCases(injections)
      const run = await classifyFile('junit.xml', junit(cases))
      expectLikeBaseline(run, assert)
      const failures = JSON.parse(run.outputs.failures ?? '[]') as {test?: string}[]
      assert(failures).toHaveLength(PER_RUN)
      // Each case as classify read it, injection included (the XML parser trims
      // the ends and drops the C0 controls XML 1.0 does not allow, VT and FF),
      // and each annotation's title that, on one line.
      const xmlChar = (c: string): boolean => c >= ' ' || c === '\t' || c === '\n' || c === '\r'
      const read = (name: string): string => [...`cart > ${name}`].filter(xmlChar).join('').trim()
      assert(failures.map(f => f.test)).toEqual(cases.map(c => read(c.name)))
      assert(run.annotations.map(a => a.title)).toEqual(
        failures.map(f => oneLine(`test_fail: ${f.test}`))
      )
      assert(run.outputs.summary).toContain(oneLine(cases[0]?.name ?? ''))
      assert(run.log).toContain(`${PER_RUN} failure(s), first src/cart.ts:12 cart > case0`)
    }
  )

  // A plain log's scanner ends a line at a lone CR too (progress bars), so the
  // CR cases lose the test name and its file: the annotation may go, nothing
  // may come, and the payload is not in the summary line at all.
  it.concurrent.for([
    ['##[error] in a test name', ' ##[error]forged mid-line', 'forged mid-line', true],
    ['a lone CR in a test name', '\r::warning::after a lone CR', 'after a lone CR', false],
    ['::stop-commands after a CR', '\r::stop-commands::pwn3d', 'pwn3d', false]
  ] as const)('a plain vitest log with %s', async ([, text, payload, shown], {expect: assert}) => {
    const log = [
      ` FAIL  src/cart.test.ts > cart > totals${text}`,
      'AssertionError: expected 1 to be 2',
      ' ❯ src/cart.test.ts:12:5',
      '',
      ' Test Files  1 failed (1)',
      ''
    ].join('\n')
    const run = await classifyFile('ci.log', log)
    assert(run.code, run.stdout + run.stderr).toBe(0)
    const count = (r: ActionRun, name: string): number =>
      r.commands.filter(c => c.command === name).length
    assert(names(run.commands).filter(c => c !== 'error')).toEqual(
      names(baseline.commands).filter(c => c !== 'error')
    )
    assert(count(run, 'error')).toBeLessThanOrEqual(count(baseline, 'error'))
    assert(run.commands.map(c => c.message)).not.toContain(payload)
    assert(run.outputs.summary).not.toMatch(LINE_BREAKS)
    if (shown) assert(run.log).toContain(payload)
  })
})

// ---------------------------------------------------------------- (d) self-heal in-process

describe('self-heal in-process, a poisoned Sentry error', () => {
  let sentry: FakeSentry | undefined
  let model: FakeAnthropic | undefined
  let repo: FixtureRepo | undefined
  let dir = ''

  afterAll(async () => {
    vi.unstubAllEnvs()
    await cleanupSelfHealRuns()
    await Promise.all([sentry?.close(), model?.close(), repo?.cleanup()])
    if (dir) await rm(dir, {recursive: true, force: true})
  })

  it('logs "Healing …" with the poisoned type and message, and the runner runs none of it', async () => {
    const type = 'TypeError\n::warning::type-injected\r::add-mask::Healing'
    const value =
      "Cannot read properties of undefined (reading 'rate')\n::set-output name=outcome::fixed ##[error]v1"
    const fn = 'taxFor\n::stop-commands::pwn3d\n::group::forged'
    repo = await createFixtureRepo('ts-express')
    sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
    sentry.addIssue({
      eventsPerHour: 3,
      events: [
        buildEvent({
          type,
          value,
          frames: [appFrame('src/quotes.ts', 'quoteTotal', 8), appFrame('src/tax.ts', fn, 13)]
        })
      ]
    })
    model = await startFakeAnthropic({
      models: 'any',
      script: perSession(() => [textTurn('I could not reproduce it.')])
    })

    // The runner's side: real @actions/core, its stdout and files captured.
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-self-heal-io-'))
    vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'))
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary'))
    await writeFile(join(dir, 'output'), '')
    await writeFile(join(dir, 'summary'), '')
    const runner = await runnerIO()
    let stdout = ''
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout += String(chunk)
      return true
    })
    let run
    try {
      run = await runSelfHealInProcess({
        workspace: repo.dir,
        tee: runner,
        inputs: {
          'sentry-url': sentry.url,
          'sentry-token': 'sentry-token',
          'sentry-org': 'acme',
          'anthropic-api-key': 'test-key',
          'anthropic-base-url': model.url,
          'dry-run': 'true',
          // Only the log lines matter here: the base commit's checks are the test suite alone.
          'lint-command': 'none',
          'typecheck-command': 'none'
        }
      })
    } finally {
      write.mockRestore()
    }
    expect(run.error).toBeUndefined()

    // The poisoned line was said, whole, to the IO...
    const healing = run.io.lines.find(l => l.level === 'info' && l.message.startsWith('Healing'))
    expect(healing?.message).toContain(type)
    // (the message reaches it with its whitespace folded by triage)
    expect(healing?.message).toContain('::set-output name=outcome::fixed ##[error]v1')
    // ...and the runner ran exactly what ci-medic issued: its groups, its warnings and errors.
    const reading = readAsRunner(stdout)
    const issued = {
      group: run.io.groups.map(oneLine),
      warning: run.io.lines.filter(l => l.level === 'warning').length,
      error: run.io.lines.filter(l => l.level === 'error').length + run.io.annotations.length
    }
    expect(reading.commands.filter(c => c.command === 'group').map(c => c.message)).toEqual(
      issued.group
    )
    expect(reading.commands.filter(c => c.command === 'warning')).toHaveLength(issued.warning)
    expect(reading.commands.filter(c => c.command === 'error')).toHaveLength(issued.error)
    expect(
      names(reading.commands).filter(
        c => !['group', 'endgroup', 'warning', 'error', 'debug'].includes(c)
      )
    ).toEqual([])
    expect(reading.lines.join('\n')).toContain('Healing ')
    const outputs = parseKeyValueFile(await readFile(join(dir, 'output'), 'utf8'))
    expect(outputs.outcome).toBe(run.io.outputs.outcome)
    expect(outputs.outcome).not.toBe('fixed')
  })
})
