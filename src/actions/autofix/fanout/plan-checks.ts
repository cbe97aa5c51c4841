// What a work or integrate job checks against the plan before it changes
// anything: it is at the plan's commit, it runs the plan's checks, and the
// plan's baseline as the check runs the fix loop judges against.
import type {Failure} from '../../../core/classify/types.js'
import type {FanoutPlan} from '../../../core/fanout/index.js'
import type {DetectedProject} from '../../../core/fixing/index.js'
import {commandsOf, type CheckName, type CheckRun} from '../../../engine/checks.js'
import type {GitWorkspace} from '../../../edges/workspace/index.js'
import {ConfigurationError} from '../../../errors.js'

/** The checkout must be the plan's base commit: a fix made on another commit would not apply. */
export async function requireAtPlanBase(git: GitWorkspace, plan: FanoutPlan): Promise<void> {
  const head = await git.head()
  if (head === plan.base.sha) return
  throw new ConfigurationError(
    `The plan was made on ${plan.base.sha}, but this checkout is at ${head ?? 'no commit'}. Check out the same commit in every job of the fan-out (actions/checkout with the same ref; its default, the run's commit, is the same for all jobs of one run).`
  )
}

/**
 * The project's check commands as the plan records them: the job's own
 * report folder (under RUNNER_TEMP, which may differ between jobs) as a
 * placeholder, so two jobs running the same checks record the same text.
 */
export function planChecksOf(project: DetectedProject, reportDir: string): FanoutPlan['checks'] {
  const portable = (command: string): string => command.split(reportDir).join('<report-dir>')
  return {
    test: portable(project.testCommand),
    lint: portable(project.lintCommand),
    typecheck: portable(project.typecheckCommand)
  }
}

/** The job must run the checks the plan ran (the same inputs, the same project). */
export function requirePlanChecks(
  project: DetectedProject,
  reportDir: string,
  plan: FanoutPlan
): void {
  const mine = planChecksOf(project, reportDir)
  for (const check of ['test', 'lint', 'typecheck'] as const) {
    if (mine[check] === plan.checks[check]) continue
    throw new ConfigurationError(
      `The plan ran the ${check} check as '${plan.checks[check] || 'none'}', but this job would run '${mine[check] || 'none'}'. Give every stage of the fan-out the same check inputs (test-command, lint-command, typecheck-command).`
    )
  }
}

function checkOf(f: Failure, checks: readonly CheckName[]): CheckName {
  if (f.source === 'lint' || f.source === 'typecheck' || f.source === 'test')
    if (checks.includes(f.source)) return f.source
  if (f.category === 'lint_error' && checks.includes('lint')) return 'lint'
  if (f.category === 'compile_error' && checks.includes('typecheck')) return 'typecheck'
  return checks.includes('test') ? 'test' : (checks[0] ?? 'test')
}

/** The plan's baseline as the check runs the fix loop starts from (not run again). */
export function planBaselineRuns(plan: FanoutPlan, project: DetectedProject): CheckRun[] {
  const commands = commandsOf(project)
  const names = commands.map(c => c.check)
  return commands.map(({check, command}) => {
    const failures = plan.baseline.filter(f => checkOf(f, names) === check)
    return {
      check,
      command,
      failures,
      result: {
        command,
        exitCode: failures.length ? 1 : 0,
        signal: null,
        timedOut: false,
        stdout: '(the plan job ran this check; its failures are read from the plan)',
        stderr: '',
        durationMs: 0,
        outputTruncated: false
      }
    }
  })
}
