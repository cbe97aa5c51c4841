// #11: a contract_violation the rules recognised (a package's or tool's new
// release no longer provides what the code uses) goes to autofix only when
// the failure names a file of the repository autofix could adapt, and the
// verdict is no guess; otherwise a human is alerted, and the reason says why.
import {describe, expect, it} from 'vitest'
import {classifyFailuresWithModel} from '../../../src/core/classify/combine.js'
import {repositoryFilesOf} from '../../../src/core/classify/failure-files.js'
import {scanText} from '../../../src/core/classify/scanner.js'
import type {Classification} from '../../../src/core/classify/types.js'
import {filesOfFrames} from '../../../src/core/classify/jvm-frames.js'
import {adaptableFiles, frameSourcesOf} from '../../../src/core/decide/contract-gate.js'
import {DISPATCH_MIN_CONFIDENCE, decideNextAction} from '../../../src/core/decide/next-action.js'

const run = {runAttempt: 1, workflowPath: '.github/workflows/ci.yml', headBranch: 'main', sha: 's'}
const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}
const ROOT = '/home/runner/work/octo-repo/octo-repo'
const SITE = '/opt/hostedtoolcache/Python/3.12.1/x64/lib/python3.12/site-packages'

async function verdict(lines: string[]): Promise<Classification> {
  const text = [...lines, '##[error]Process completed with exit code 1.'].join('\n')
  return classifyFailuresWithModel([scanText(text, {source: 'test'})])
}

/** The repository's own module imports a name the new release dropped. */
const IMPORT_IN_REPO = [
  'Traceback (most recent call last):',
  `  File "${ROOT}/app/models.py", line 3, in <module>`,
  '    from pydantic import validator_v1',
  `ImportError: cannot import name 'validator_v1' from 'pydantic' (${SITE}/pydantic/__init__.py)`
]

/** One installed package importing from another that dropped the name: nothing of the repository's. */
const IMPORT_IN_LIBRARY = [
  'Traceback (most recent call last):',
  `  File "${SITE}/flask_sqlalchemy/__init__.py", line 14, in <module>`,
  '    from sqlalchemy.orm.exc import UnmappedClassError',
  `ImportError: cannot import name 'UnmappedClassError' from 'sqlalchemy.orm.exc' (${SITE}/sqlalchemy/orm/exc.py)`
]

/** JVM frames name bare files, the library's as much as the repository's: no file to adapt. */
const JVM_LINKAGE = [
  'Exception in thread "main" java.lang.NoSuchMethodError: \'void com.google.common.base.Preconditions.checkArgument(boolean, java.lang.String, java.lang.Object)\'',
  '\tat org.apache.hadoop.conf.Configuration.set(Configuration.java:1357)',
  '\tat org.apache.hadoop.conf.Configuration.set(Configuration.java:1338)'
]

describe('contract_violation from the rules', () => {
  it('dispatches autofix when the failure names a repository file to adapt', async () => {
    const c = await verdict(IMPORT_IN_REPO)
    expect(c.category).toBe('contract_violation')
    expect(c.confidence).toBeGreaterThanOrEqual(DISPATCH_MIN_CONFIDENCE)
    expect(adaptableFiles(c)).toEqual(['app/models.py'])
    const d = decideNextAction(c, run, settings)
    expect(d).toMatchObject({action: 'autofix', act: true})
    expect(d.reason).toMatch(
      /python\.import-name\); the repository's app\/models\.py can be adapted/
    )
    expect(d.reason).toContain('ci-medic-autofix.yml is dispatched')
  })

  it('alerts when only the package’s own code is named', async () => {
    const c = await verdict(IMPORT_IN_LIBRARY)
    expect(c.category).toBe('contract_violation')
    expect(adaptableFiles(c)).toEqual([])
    const d = decideNextAction(c, run, settings)
    expect(d).toMatchObject({action: 'alert', act: true})
    expect(d.reason).toMatch(/names no file of the repository to adapt/)
    expect(d.reason).toMatch(/pin/)
  })

  it('alerts on a JVM linkage error whose frames name bare files', async () => {
    const c = await verdict(JVM_LINKAGE)
    expect(c.category).toBe('contract_violation')
    expect(decideNextAction(c, run, settings).action).toBe('alert')
  })

  it('looks the JVM frames up in the repository tree, and dispatches when one is its file', async () => {
    const c = await verdict([
      ...JVM_LINKAGE.slice(0, 1),
      '\tat com.acme.billing.Invoice.lines(Invoice.java:42)',
      ...JVM_LINKAGE.slice(1)
    ])
    expect(c.category).toBe('contract_violation')
    const sources = frameSourcesOf(c)
    expect(sources).toEqual([
      'com/acme/billing/Invoice.java',
      'org/apache/hadoop/conf/Configuration.java'
    ])
    const tree = ['build.gradle', 'src/main/java/com/acme/billing/Invoice.java']
    const frameFiles = filesOfFrames(sources, tree)
    const d = decideNextAction(c, run, settings, {ledger: [], frameFiles})
    expect(d).toMatchObject({action: 'autofix', act: true})
    expect(d.reason).toMatch(/src\/main\/java\/com\/acme\/billing\/Invoice\.java can be adapted/)
    // The same frames in a repository that does not hold them: only the library's code.
    const elsewhere = filesOfFrames(sources, ['build.gradle', 'src/main/java/com/acme/App.java'])
    expect(decideNextAction(c, run, settings, {ledger: [], frameFiles: elsewhere}).action).toBe(
      'alert'
    )
  })

  it('looks nothing up when the failure names a repository file already', async () => {
    expect(frameSourcesOf(await verdict(IMPORT_IN_REPO))).toEqual([])
  })

  it('alerts even with dispatch off (autofix would not be suggested)', async () => {
    const c = await verdict(IMPORT_IN_LIBRARY)
    const d = decideNextAction(c, run, {...settings, dispatchAutofix: ''})
    expect(d).toMatchObject({action: 'alert', act: true})
    const ok = decideNextAction(await verdict(IMPORT_IN_REPO), run, {
      ...settings,
      dispatchAutofix: ''
    })
    expect(ok).toMatchObject({action: 'autofix', act: false})
    expect(ok.reason).toMatch(/can be adapted to it\. Set dispatch-autofix/)
  })

  it('alerts on a guess below the dispatch threshold, even with a file named', async () => {
    const c = await verdict(IMPORT_IN_REPO)
    const guess = {...c, confidence: DISPATCH_MIN_CONFIDENCE - 0.1}
    const d = decideNextAction(guess, run, settings)
    expect(d.action).toBe('alert')
    expect(d.reason).toMatch(/only as a guess/)
  })

  it('keeps the recursion and fork guards first', async () => {
    const c = await verdict(IMPORT_IN_LIBRARY)
    expect(decideNextAction(c, {...run, headBranch: 'ci-medic/fix-1'}, settings).action).toBe(
      'none'
    )
    expect(decideNextAction(c, {...run, fork: 'someone/octo-repo'}, settings).reason).toMatch(
      /fork/
    )
  })
})

describe('repositoryFilesOf', () => {
  const failure = (file: string | undefined, excerpt = '') =>
    ({
      category: 'contract_violation',
      file,
      message: 'm',
      excerpt,
      fingerprint: 'f',
      rule: 'r',
      confidence: 0.8,
      tool: 't'
    }) as const

  it('keeps relative locations, drops library and absolute ones', () => {
    expect(repositoryFilesOf([failure('src/api.ts')])).toEqual(['src/api.ts'])
    expect(repositoryFilesOf([failure('node_modules/zod/lib/index.d.ts')])).toEqual([])
    expect(repositoryFilesOf([failure('/usr/lib/python3/dist-packages/x.py')])).toEqual([])
    expect(repositoryFilesOf([failure('C:\\hostedtoolcache\\x.cs')])).toEqual([])
  })

  it('reads repository frames from the excerpt, not library or bare JVM frames', () => {
    const excerpt = [
      `  File "${ROOT}/app/db.py", line 2`,
      `  File "${SITE}/sqlalchemy/orm/exc.py", line 9`,
      `    at Object.<anonymous> (file://${ROOT}/src/index.mjs:3:4)`,
      '\tat com.acme.App.main(App.java:10)'
    ].join('\n')
    expect(repositoryFilesOf([failure(undefined, excerpt)])).toEqual(['app/db.py', 'src/index.mjs'])
  })
})
