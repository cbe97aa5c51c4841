// Tool and package versions read from CI logs, in the wording the tools print,
// and the drift between a green run's log and a failing run's.
import {describe, expect, it} from 'vitest'
import {ToolVersionCollector, toolVersions} from '../../../src/core/classify/tool-versions.js'
import {
  driftVerdict,
  mentionedChanges,
  versionDrift,
  VERSION_DRIFT_RULE
} from '../../../src/core/classify/version-drift.js'
import type {Classification} from '../../../src/core/classify/types.js'
import {decideNextAction} from '../../../src/core/decide/next-action.js'
import {jobLog} from '../../harness/job-log.js'

const versionsOf = (text: string) =>
  Object.fromEntries(Object.entries(toolVersions(text).tools).map(([k, v]) => [k, v.versions]))

describe('toolVersions', () => {
  it('reads pip installs: Collecting pins, wheels downloaded, the final list', () => {
    const log = [
      'Collecting black==24.1.0',
      '  Downloading black-24.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (74 kB)',
      'Collecting click>=8.0.0 (from black==24.1.0)',
      '  Downloading click-8.1.7-py3-none-any.whl (97 kB)',
      '  Downloading https://files.pythonhosted.org/packages/ab/cd/typing_extensions-4.9.0-py3-none-any.whl (32 kB)',
      'Successfully installed Black-24.1.0 click-8.1.7 mypy_extensions-1.0.0 pathspec-0.12.1'
    ].join('\n')
    expect(versionsOf(log)).toEqual({
      black: ['24.1.0'],
      click: ['8.1.7'],
      'typing-extensions': ['4.9.0'],
      'mypy-extensions': ['1.0.0'],
      pathspec: ['0.12.1']
    })
  })

  it('reads the runner, its image and setup actions from a job log with timestamps', () => {
    const log = jobLog([
      {
        run: 'setup',
        output: [
          'Runner Image',
          'Image: ubuntu-24.04',
          'Version: 20240101.1.0',
          'Setup go version spec 1.22',
          'Found in cache @ /opt/hostedtoolcache/go/1.22.12/x64',
          'go version go1.22.12 linux/amd64',
          'Successfully set up CPython (3.12.1)',
          'Found in cache @ C:\\hostedtoolcache\\windows\\node\\20.11.0\\x64',
          'node: v20.11.0',
          'npm: 10.2.4',
          'rustc 1.80.0 (051478957 2024-07-21)',
          'rustup 1.27.1 (54dd3d00f 2024-04-24)'
        ].join('\n')
      }
    ])
    const found = toolVersions(log).tools
    expect(found.runner?.versions).toEqual(['2.330.0'])
    expect(found['runner-image']?.versions).toEqual(['ubuntu-24.04 20240101.1.0'])
    expect(found.go?.versions).toEqual(['1.22.12'])
    expect(found.python?.versions).toEqual(['3.12.1'])
    expect(found.node?.versions).toEqual(['20.11.0'])
    expect(found.npm?.versions).toEqual(['10.2.4'])
    expect(found.rustc).toMatchObject({kind: 'tool', versions: ['1.80.0']})
    expect(found.rustup?.versions).toEqual(['1.27.1'])
    expect(found.go?.line).toBe('Found in cache @ /opt/hostedtoolcache/go/1.22.12/x64')
  })

  it('reads cargo, npm, Maven and docker pulls', () => {
    const log = [
      '  Downloaded serde v1.0.200',
      '   Compiling syn v2.0.60',
      '   Compiling syn v1.0.109',
      '  Installed package `cargo-nextest v0.9.70` (executable `cargo-nextest`)',
      'Fetching rake 13.0.6',
      'Installing rake 13.0.6',
      'Installing nokogiri 1.16.0 (x86_64-linux)',
      'Installing json 2.7.1 with native extensions',
      'Installing collected packages: click, black',
      '+ left-pad@1.3.0',
      '+ @types/node@20.11.5',
      'Downloading from central: https://repo.maven.apache.org/maven2/org/junit/jupiter/junit-jupiter-api/5.10.1/junit-jupiter-api-5.10.1.jar',
      '20: Pulling from library/node',
      'Digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'Status: Downloaded newer image for node:20'
    ].join('\n')
    expect(versionsOf(log)).toEqual({
      serde: ['1.0.200'],
      rake: ['13.0.6'],
      nokogiri: ['1.16.0'],
      json: ['2.7.1'],
      syn: ['2.0.60', '1.0.109'],
      'cargo-nextest': ['0.9.70'],
      'left-pad': ['1.3.0'],
      '@types/node': ['20.11.5'],
      'org.junit.jupiter:junit-jupiter-api': ['5.10.1'],
      'node:20': ['sha256:0123456789ab']
    })
  })

  it('ignores lines that only look alike', () => {
    const log = [
      '   Compiling plotters v0.3.3 (C:\\Users\\dev\\source\\repos\\plotters\\plotters)',
      '   Compiling octo v0.1.0 (/home/runner/work/octo/octo)',
      'Version: 3.1 of the docs',
      'Downloading the internet',
      'Collecting coverage data',
      'Status: 200 OK'
    ].join('\n')
    expect(versionsOf(log)).toEqual({})
  })

  it('gives the same answer whatever the chunking', () => {
    const log =
      'x\nSuccessfully installed black-24.1.0 click-8.1.7\nrustc 1.80.0 (0514 2024-07-21)\n'
    const collector = new ToolVersionCollector()
    for (const ch of log) collector.push(ch)
    expect(collector.result()).toEqual(toolVersions(log))
  })

  it('stops after its line cap and says the result is partial', () => {
    const collector = new ToolVersionCollector()
    const block = 'Collecting coverage data\n'.repeat(1000)
    for (let i = 0; i < 30; i++) collector.push(block)
    collector.push('Successfully installed late-1.0\n')
    const {tools, truncated} = collector.result()
    expect(truncated).toBe(true)
    expect(tools.late).toBeUndefined()
  })
})

describe('versionDrift', () => {
  const green = toolVersions('Successfully installed black-24.1.0 click-8.1.7\nrustc 1.79.0 (x)\n')
  const red = toolVersions(
    'Successfully installed black-24.2.0 click-8.1.7 tomli-2.0.1\nrustc 1.80.0 (x)\n'
  )

  it('lists changed versions and tools only the failing run has', () => {
    const drift = versionDrift(green, red)
    expect(drift.changed.map(c => [c.name, c.before, c.after])).toEqual([
      ['black', ['24.1.0'], ['24.2.0']],
      ['rustc', ['1.79.0'], ['1.80.0']]
    ])
    expect(drift.added.map(c => c.name)).toEqual(['tomli'])
  })

  it('lists no new tools when the green log was read only in part', () => {
    expect(versionDrift({...green, truncated: true}, red).added).toEqual([])
  })

  it('is empty for the same versions', () => {
    expect(versionDrift(green, green)).toEqual({changed: [], added: []})
  })
})

const classification = (over: Partial<Classification> = {}): Classification => ({
  category: 'test_fail',
  confidence: 0.9,
  fingerprint: 'f'.repeat(16),
  failures: [],
  rule: 'pytest.failed',
  reason: 'A test failed.',
  stats: {bytes: 0, candidateLines: 0, regions: 0, failuresFound: 1, failuresDropped: 0},
  ...over
})

describe('driftVerdict', () => {
  const drift = versionDrift(
    toolVersions('Successfully installed black-24.1.0 node-fetch-2.7.0\nnode: v20.11.0\n'),
    toolVersions('Successfully installed black-24.2.0 node-fetch-2.7.0\nnode: v20.12.0\n')
  )
  const ctx = (failureText: string) => ({drift, failureText, greenRun: '#41 (abc1234)'})

  it('raises contract_violation when the failure names a drifted package', () => {
    const out = driftVerdict(
      classification(),
      ctx('would reformat src/app.py\nOh no! 💥 💔 💥 black exited with 1')
    )
    expect(out?.category).toBe('contract_violation')
    expect(out?.rule).toBe(VERSION_DRIFT_RULE)
    expect(out?.reason).toContain('black 24.1.0 → 24.2.0')
    expect(out?.reason).toContain('#41 (abc1234)')
  })

  it('says nothing when the failure does not name it', () => {
    expect(driftVerdict(classification(), ctx('AssertionError: 1 != 2'))).toBeUndefined()
    // A longer name that only contains it, or a path through it, is not a mention.
    expect(driftVerdict(classification(), ctx('blackbox failed; /x/black/y.py'))).toBeUndefined()
  })

  it('ignores generic runtime names and confident verdicts that are no symptom', () => {
    expect(mentionedChanges(drift, 'Node.js v20.12.0 node crashed')).toEqual([])
    const lint = classification({category: 'lint_error', confidence: 0.9})
    expect(driftVerdict(lint, ctx('black would reformat'))).toBeUndefined()
    expect(driftVerdict({...lint, confidence: 0.4}, ctx('black would reformat'))?.category).toBe(
      'contract_violation'
    )
    const transient = classification({category: 'transient', confidence: 0.3})
    expect(driftVerdict(transient, ctx('black download reset'))).toBeUndefined()
  })

  it('matches a Python name spelled with underscores', () => {
    const d = versionDrift(
      toolVersions('Successfully installed typing-extensions-4.9.0\n'),
      toolVersions('Successfully installed typing-extensions-4.10.0\n')
    )
    expect(
      mentionedChanges(d, "ImportError: cannot import name 'Foo' from 'typing_extensions'")
    ).toHaveLength(1)
  })
})

describe('the decision on a drift verdict', () => {
  const run = {
    runAttempt: 1,
    workflowPath: '.github/workflows/ci.yml',
    headBranch: 'main',
    sha: 's'
  }
  const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}
  const failure = {
    category: 'test_fail' as const,
    fingerprint: 'f1',
    message: 'black exited with 1',
    excerpt: '',
    rule: 'pytest.failed',
    confidence: 0.9,
    tool: 'pytest'
  }

  it('alerts a human instead of dispatching autofix', () => {
    const before = classification({failures: [failure]})
    expect(decideNextAction(before, run, settings).action).toBe('autofix')
    const drift = versionDrift(
      toolVersions('Successfully installed black-24.1.0\n'),
      toolVersions('Successfully installed black-24.2.0\n')
    )
    const raised = driftVerdict(before, {drift, failureText: failure.message, greenRun: '#1 (abc)'})
    const decision = decideNextAction(raised as Classification, run, settings)
    expect(decision).toMatchObject({action: 'alert', act: true})
    expect(decision.reason).toMatch(/changed version since the last green run/)
  })
})
