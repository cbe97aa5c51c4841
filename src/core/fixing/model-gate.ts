// Whether model-written code may run in this job. Without a sandbox, the
// repository's commands (and so a test the model wrote or a fix it made) can
// read the tokens of ci-medic's own process from /proc; in a job that also
// holds the write token (publish: same-job) that is a route from a
// prompt-injected model to the repository. `sandbox: off` is the user's
// explicit opt-in; `publish: separate-job` keeps the write token out of the
// job, so the model may run there.
export interface ModelGateInput {
  /** The `sandbox` input. */
  sandboxSetting: 'auto' | 'required' | 'off'
  /** What the commands got (`none`: plain child processes). */
  sandboxMode: 'pid-namespace' | 'pid-namespace+net' | 'none'
  /** Where the write token is: in this job (same-job) or only in a publish job. */
  publish: 'same-job' | 'separate-job'
}

/** Why the model tiers are withheld, or undefined when the model may run. */
export function modelWithheld(input: ModelGateInput): string | undefined {
  if (input.sandboxMode !== 'none') return undefined
  if (input.sandboxSetting === 'off' || input.publish === 'separate-job') return undefined
  return 'no sandbox could be set up on this runner, and this job holds the write token (publish: same-job), so model-written code is not run: use publish: separate-job, a runner where the sandbox works, or sandbox: off to accept the risk'
}
