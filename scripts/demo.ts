// npm run demo: runs the bundled actions, exactly as a runner would, on the
// embedded examples (test/fixtures/ts-vitest, a small TypeScript library with
// a failing test, a type error, a lint error and a formatting error; and
// test/fixtures/ts-express, a small Express service with a production bug
// Sentry reported from two callers) against loopback fakes of GitHub, the
// Anthropic API and Sentry, and prints each step's job summary. No network
// and no keys: a scripted model stands in for Claude and says so.
import {mkdir, rm, writeFile} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {startFakeAnthropic, textTurn} from '../test/fakes/anthropic/index.js'
import {startFakeGitHub} from '../test/fakes/github/index.js'
import {buildEvent, startFakeSentry} from '../test/fakes/sentry/index.js'
import {createFixtureRepo} from '../test/harness/fixture-repo.js'
import {perSession} from '../test/harness/scripted-sessions.js'
import {TAX_ERROR, taxFrames, taxSessionTurns} from '../test/harness/ts-express-sentry.js'
import {
  cleanupRun,
  runAction,
  type ActionName,
  type ActionRun,
  type RunActionOptions
} from '../test/harness/run-action.js'
import {summaryToText} from '../test/harness/summary-text.js'

const bold = (s: string): string => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)

interface Scene {
  title: string
  action: ActionName
  options: RunActionOptions
}

/**
 * Where a part of the demo prints. The two parts (the example library, the
 * example service) run at the same time on separate repositories and fakes;
 * the first prints as it goes, the second holds its lines until the first is
 * done, so the output reads in the same order as if they ran one after the other.
 */
class Lane {
  private held: string[] | undefined
  constructor(live: boolean) {
    this.held = live ? undefined : []
  }
  print(text: string): void {
    if (this.held) this.held.push(text)
    else console.log(text)
  }
  goLive(): void {
    for (const text of this.held ?? []) console.log(text)
    this.held = undefined
  }
}

let failed = 0

async function play(scene: Scene, lane: Lane): Promise<void> {
  lane.print(`\n${bold(`━━ ${scene.title} (dist/${scene.action}/index.mjs)`)}`)
  const run: ActionRun = await runAction(scene.action, scene.options)
  try {
    lane.print(summaryToText(run.summary) || '(no job summary)')
    for (const a of run.annotations) {
      lane.print(`${a.level}${a.file ? ` ${a.file}:${a.line ?? ''}` : ''}: ${a.message}`)
    }
    const shown = Object.entries(run.outputs).map(([name, value]) =>
      name === 'failures'
        ? `failures=[${(JSON.parse(value || '[]') as unknown[]).length} items]`
        : `${name}=${value}`
    )
    if (shown.length) lane.print(`outputs: ${shown.join(', ')}`)
    lane.print(`exit code ${run.code}`)
    if (!run.summary) failed += 1
  } finally {
    await cleanupRun(run)
  }
}

/** The TypeScript library: its checks run for real, then classify and autofix. */
async function exampleLibrary(lane: Lane): Promise<void> {
  const example = await createFixtureRepo('ts-vitest')
  const logs = join(example.dir, '..', `${basename(example.dir)}-ci-logs`)
  const github = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'order-pricing',
    seedFrom: example.dir
  })
  const anthropic = await startFakeAnthropic({
    models: 'any',
    script: () => textTurn('(scripted demo model, not Claude)')
  })
  try {
    // The example is a checkout of the fake's repository, as actions/checkout leaves one.
    await example.git(['remote', 'add', 'origin', github.gitUrl])
    // The example's checks, run for real (side by side: they only read the
    // checkout), their output saved as CI logs outside the checkout, as a
    // runner's log files would be.
    await mkdir(logs)
    const checks = [
      ['test', 'vitest', ['run']],
      ['typecheck', 'tsc', ['--noEmit']],
      ['lint', 'eslint', ['.']],
      ['format', 'prettier', ['--check', '.']]
    ] as const
    const results = await Promise.all(
      checks.map(async ([name, tool, args]) => {
        const result = await example.tool(tool, [...args])
        await writeFile(
          join(logs, `${name}.log`),
          `$ ${tool} ${args.join(' ')}\n${result.stdout}${result.stderr}`
        )
        return result
      })
    )
    checks.forEach(([name], i) =>
      lane.print(`${bold('example check')} ${name}: exit ${results[i]?.code}`)
    )

    const common = {workspace: example.dir, apiUrl: github.url, repository: github.fullName}
    await play(
      {
        title: 'classify the example’s failing checks',
        action: 'classify',
        options: {
          ...common,
          inputs: {'log-path': `${logs}/*.log`, ledger: 'none', 'github-token': 'demo-token'}
        }
      },
      lane
    )
    await play(
      {
        title: process.env.ANTHROPIC_API_KEY
          ? 'autofix the example (deterministic fixers, then the model)'
          : 'autofix the example (no key: the deterministic fixers only; set ANTHROPIC_API_KEY for the model tiers)',
        action: 'autofix',
        options: {
          ...common,
          inputs: {
            'github-token': 'demo-token',
            ...(process.env.ANTHROPIC_API_KEY
              ? {
                  'anthropic-api-key': process.env.ANTHROPIC_API_KEY,
                  'anthropic-base-url': process.env.ANTHROPIC_BASE_URL ?? ''
                }
              : {})
          }
        }
      },
      lane
    )
  } finally {
    await Promise.all([github.close(), anthropic.close(), example.cleanup()])
    await rm(logs, {recursive: true, force: true})
  }
}

/** The Express service whose production errors Sentry reports: triage, then a fix. */
async function exampleService(lane: Lane): Promise<void> {
  const service = await createFixtureRepo('ts-express')
  const serviceGitHub = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'orders-api',
    seedFrom: service.dir
  })
  const healer = await startFakeAnthropic({
    models: 'any',
    apiKey: 'demo-key-for-the-scripted-model',
    script: perSession(
      task => taxSessionTurns(task) ?? [textTurn('(scripted demo model, not Claude)')]
    )
  })
  const production = await startFakeSentry({
    org: 'acme',
    tokens: {'demo-sentry-token': {kind: 'integration'}}
  })
  try {
    await service.git(['remote', 'add', 'origin', serviceGitHub.gitUrl])
    for (const route of ['order', 'quote'] as const) {
      production.addIssue({
        eventsPerHour: 3,
        userCount: 7,
        events: [buildEvent({...TAX_ERROR, frames: taxFrames(route)})]
      })
    }
    const sentry = {
      'sentry-url': production.url,
      'sentry-token': 'demo-sentry-token',
      'sentry-org': 'acme'
    }
    await play(
      {
        title:
          'self-heal triage of the example service’s production errors (report only, writes nothing)',
        action: 'self-heal',
        options: {workspace: service.dir, inputs: {...sentry, mode: 'triage'}}
      },
      lane
    )
    await play(
      {
        title:
          'self-heal fix on the example service: reproduce, fix, verify, open fix/sentry-<id> (scripted model, not Claude)',
        action: 'self-heal',
        options: {
          workspace: service.dir,
          apiUrl: serviceGitHub.url,
          repository: serviceGitHub.fullName,
          inputs: {
            ...sentry,
            'github-token': 'demo-token',
            'anthropic-api-key': 'demo-key-for-the-scripted-model',
            'anthropic-base-url': healer.url
          }
        }
      },
      lane
    )
  } finally {
    await Promise.all([
      serviceGitHub.close(),
      healer.close(),
      production.close(),
      service.cleanup()
    ])
  }
}

const first = new Lane(true)
const second = new Lane(false)
// allSettled at once: a part that fails early waits, handled, for the other to finish.
const serviceDone = Promise.allSettled([exampleService(second)])
const libraryDone = await Promise.allSettled([exampleLibrary(first)])
second.goLive()
for (const result of [...libraryDone, ...(await serviceDone)]) {
  if (result.status === 'rejected') throw result.reason
}

if (failed) {
  console.error(`\n${failed} step(s) wrote no job summary`)
  process.exitCode = 1
}
