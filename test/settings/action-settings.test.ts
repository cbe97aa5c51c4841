import {describe, expect, it} from 'vitest'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {readClassifySettings} from '../../src/settings/classify-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readSelfHealSettings} from '../../src/settings/self-heal-settings.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {DEFAULT_MODELS} from '../../src/models/catalog.js'
import {BUILT_IN_PROTECTED} from '../../src/core/fixing/protected-paths.js'

const noop = (): void => undefined
const env = {GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_RUN_ID: '555', GITHUB_RUN_ATTEMPT: '2'}

describe('classify settings', () => {
  it('takes the run from a workflow_run event before the current run', () => {
    const context = readWorkflowContext(env, {workflow_run: {id: 999}}, '/tmp')
    const settings = readClassifySettings(inputsFromRecord({'github-token': 't'}), context, noop)
    expect(settings.runId).toBe(999)
    expect(settings.model).toBe(DEFAULT_MODELS.classify)
  })

  it('falls back to the current run and prefers an explicit run-id', () => {
    const context = readWorkflowContext(env, {workflow_run: {id: 999}}, '/tmp')
    expect(
      readClassifySettings(inputsFromRecord({'github-token': 't', 'run-id': '42'}), context, noop)
        .runId
    ).toBe(42)
    const plain = readWorkflowContext(env, {}, '/tmp')
    const settings = readClassifySettings(inputsFromRecord({'github-token': 't'}), plain, noop)
    expect(settings.runId).toBe(555)
  })

  it('needs no token to classify local files', () => {
    const context = readWorkflowContext(env, {}, '/tmp')
    const settings = readClassifySettings(
      inputsFromRecord({'log-path': 'out/*.log', ledger: 'none'}),
      context,
      noop
    )
    expect(settings.logPath).toBe('out/*.log')
    expect(settings.githubToken).toBe('')
  })

  it('rejects a dispatch target that is not a workflow file', () => {
    const context = readWorkflowContext(env, {}, '/tmp')
    expect(() =>
      readClassifySettings(
        inputsFromRecord({'github-token': 't', 'dispatch-autofix': 'run autofix'}),
        context,
        noop
      )
    ).toThrow(/Input 'dispatch-autofix' must be a workflow file name/)
  })
})

describe('workflow context', () => {
  it('names GITHUB_REPOSITORY when it is malformed', () => {
    expect(() => readWorkflowContext({GITHUB_REPOSITORY: 'just-a-name'}, {}, '/tmp')).toThrow(
      /GITHUB_REPOSITORY is 'just-a-name', expected 'owner\/repo'/
    )
  })
})

describe('autofix settings', () => {
  it('has the documented defaults', () => {
    const s = readAutofixSettings(inputsFromRecord({'github-token': 't'}), noop)
    expect(s).toMatchObject({
      maxAttemptsPerFailure: 3,
      maxFailures: 10,
      timeBudgetMinutes: 20,
      maxFilesChanged: 10,
      branchPrefix: 'ci-medic/autofix/',
      draft: true,
      dryRun: false,
      labels: ['ci-medic', 'autofix'],
      model: DEFAULT_MODELS.fix,
      escalationModel: DEFAULT_MODELS.escalation,
      fixCommands: [],
      sandbox: 'auto',
      checkNetwork: 'allow'
    })
    expect(s.protectedPaths).toContain('.github/**')
    expect(s.protectedPaths).toContain('**/package-lock.json')
    expect(s.protectedPaths).toContain('**/.npmrc')
  })

  it('adds protected-paths to the built-in set, and replaces the set only with the override', () => {
    const extended = readAutofixSettings(
      inputsFromRecord({'dry-run': 'true', 'protected-paths': 'src/money/**\n**/auth/**'}),
      noop
    )
    expect(extended.protectedPaths).toEqual([...BUILT_IN_PROTECTED, 'src/money/**'])
    const overridden = readAutofixSettings(
      inputsFromRecord({
        'dry-run': 'true',
        'protected-paths': 'src/money/**',
        'protected-paths-override': 'src/auth/**, **/*.lock'
      }),
      noop
    )
    expect(overridden.protectedPaths).toEqual(['src/auth/**', '**/*.lock', 'src/money/**'])
    const heal = readSelfHealSettings(
      inputsFromRecord({
        'sentry-token': 's',
        'sentry-org': 'my-org',
        'sentry-project': 'web-api',
        'github-token': 't',
        'protected-paths': 'src/money/**'
      }),
      noop
    )
    expect(heal.protectedPaths).toEqual([...BUILT_IN_PROTECTED, 'src/money/**'])
  })

  it('keeps fix commands whole, one per line, commas included', () => {
    const s = readAutofixSettings(
      inputsFromRecord({
        'dry-run': 'true',
        'fix-commands': 'npx eslint --fix --ext .ts,.tsx .\nnpx prettier --write .'
      }),
      noop
    )
    expect(s.fixCommands).toEqual(['npx eslint --fix --ext .ts,.tsx .', 'npx prettier --write .'])
  })

  it('fills cache prices from the input price when overridden', () => {
    const s = readAutofixSettings(
      inputsFromRecord({
        'dry-run': 'true',
        'model-prices': '{"gw-model": {"input": 2, "output": 8}}'
      }),
      noop
    )
    expect(s.modelPrices['gw-model']).toEqual({
      input: 2,
      output: 8,
      cacheWrite: 2.5,
      cacheRead: 0.2
    })
  })

  it('requires a token unless it is a dry run', () => {
    expect(() => readAutofixSettings(inputsFromRecord({}), noop)).toThrow(
      /Input 'github-token' is empty/
    )
    expect(readAutofixSettings(inputsFromRecord({'dry-run': 'true'}), noop).dryRun).toBe(true)
  })
})

describe('sandbox settings (autofix and self-heal)', () => {
  const readers = {
    autofix: (inputs: Record<string, string>) =>
      readAutofixSettings(inputsFromRecord({'dry-run': 'true', ...inputs}), noop),
    'self-heal': (inputs: Record<string, string>) =>
      readSelfHealSettings(
        inputsFromRecord({'sentry-token': 's', 'sentry-org': 'o', 'dry-run': 'true', ...inputs}),
        noop
      )
  }

  it.each(Object.entries(readers))('%s reads sandbox and check-network', (_, read) => {
    expect(read({sandbox: 'required', 'check-network': 'none'})).toMatchObject({
      sandbox: 'required',
      checkNetwork: 'none'
    })
    expect(() => read({sandbox: 'yes'})).toThrow(
      "Input 'sandbox' must be one of auto, required, off, got 'yes'. Example: sandbox: required"
    )
    expect(() => read({'check-network': 'off'})).toThrow(
      /Input 'check-network' must be one of allow, none/
    )
  })

  it.each(Object.entries(readers))(
    '%s refuses check-network: none without the sandbox',
    (_, read) => {
      expect(() => read({sandbox: 'off', 'check-network': 'none'})).toThrow(
        /only the sandbox can take the network away from the checks/
      )
    }
  )
})

describe('self-heal settings', () => {
  const base = {'sentry-token': 's', 'sentry-org': 'my-org', 'github-token': 't'}

  it('parses projects, path mappings and severity rules', () => {
    const s = readSelfHealSettings(
      inputsFromRecord({
        ...base,
        'sentry-project': 'web-api, 4501234567890123',
        'path-mappings': '/app/dist/=src/\nwebpack://web/ = packages/web/',
        'severity-rules': '[{"when": {"unhandled": true, "minUsers": 10}, "severity": "P0"}]',
        period: '14d'
      }),
      noop
    )
    expect(s.sentryProjects).toEqual(['web-api', '4501234567890123'])
    expect(s.pathMappings).toEqual([
      {from: '/app/dist/', to: 'src/'},
      {from: 'webpack://web/', to: 'packages/web/'}
    ])
    expect(s.severityRules?.[0]?.severity).toBe('P0')
    expect(s.labels).toEqual(['auto-fix', 'sentry'])
    expect(s.sentryUrl).toBe('https://sentry.io')
    expect(s.timeBudgetMinutes).toBe(30)
  })

  it('explains a malformed path mapping and period', () => {
    expect(() =>
      readSelfHealSettings(inputsFromRecord({...base, 'path-mappings': 'no-equals-sign'}), noop)
    ).toThrow("Input 'path-mappings' line 'no-equals-sign' must be 'frame-prefix=repo-path'")
    expect(() =>
      readSelfHealSettings(inputsFromRecord({...base, period: 'yesterday'}), noop)
    ).toThrow("Input 'period' must be a Sentry period like 24h, 7d or 90m, got 'yesterday'")
  })

  it('triage mode needs no GitHub token', () => {
    const s = readSelfHealSettings(
      inputsFromRecord({'sentry-token': 's', 'sentry-org': 'o', mode: 'triage'}),
      noop
    )
    expect(s.mode).toBe('triage')
  })
})
