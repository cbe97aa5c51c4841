// self-heal through the bundle (dist/self-heal/index.mjs), as a runner runs
// it: the runner's side of the contract that the in-process tests
// (self-heal-{triage,fix,faults}.test.ts) do not see. The output and summary
// files, masks and log groups; a bad input as one ::error:: line with the
// failure outputs. One real heal end to end through the bundle (the Python
// service, real pytest) is self-heal-python-heal.e2e.test.ts, in the
// end-to-end suite (`npm run test:e2e`).
import {describe, expect, it} from 'vitest'
import {createFixtureRepo} from '../harness/fixture-repo.js'
import {
  errors,
  runSelfHeal as run,
  SIDE_BY_SIDE,
  worldFor
} from '../harness/self-heal-bundle-world.js'
import {seededSentry} from '../harness/sentry-triage-world.js'

describe.concurrent('self-heal bundle: the runner contract', SIDE_BY_SIDE, () => {
  it('triage rides out a 429 storm (sleeping until X-Sentry-Rate-Limit-Reset) and writes outputs, summary, masks and one log group per step', async ({
    onTestFinished
  }) => {
    const world = worldFor(onTestFinished)
    const sentry = (world.sentry = await seededSentry({windowSeconds: 1}))
    sentry.rateLimitStorm(2, 'organization-group-index')
    sentry.rateLimitStorm(3, 'group-event-details')
    const repo = (world.repo = await createFixtureRepo('ts-vitest'))
    const r = await run(world, {
      workspace: repo.dir,
      inputs: {
        'sentry-url': sentry.url,
        'sentry-token': 'sentry-token',
        'sentry-org': 'acme',
        mode: 'triage'
      }
    })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(sentry.requests.filter(q => q.status === 429)).toHaveLength(5)
    expect(JSON.parse(r.outputs.triage!)).toHaveLength(5)
    expect(r.outputs.outcome).toBe('triaged')
    expect(r.outputs['report-path']).toMatch(/ci-medic\/self-heal-report\.json$/)
    // Each event was read in the end: no issue fell back to "triaged without frames".
    expect(r.stdout).not.toMatch(/triaged without frames/)
    expect(r.summary).toContain('## ci-medic self-heal: acme')
    expect(r.masks).toContain('sentry-token')
    expect(r.groups).toEqual([
      'Read the self-heal state',
      'Read and triage Sentry errors',
      'Report'
    ])
  })

  it('a bad input is one ::error:: line naming it, exit 1, and the failure outputs', async ({
    onTestFinished
  }) => {
    const world = worldFor(onTestFinished)
    const sentry = (world.sentry = await seededSentry())
    const r = await run(world, {
      inputs: {
        'sentry-url': sentry.url,
        'sentry-token': 'sentry-token',
        'sentry-org': 'acme',
        'max-fixes': 'lots'
      }
    })
    expect(r.code).toBe(1)
    expect(errors(r)).toHaveLength(1)
    expect(errors(r)[0]).toMatch(/^ci-medic self-heal: .*max-fixes/)
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
    expect(sentry.requests).toHaveLength(0)
    expect(r.outputs).toMatchObject({
      outcome: 'not-evaluated',
      'fixed-count': '0',
      triage: '[]',
      'pr-urls': '[]'
    })
  })
})
