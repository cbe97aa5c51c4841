// A feature built from an issue: the pure parts (who may start it, the
// acceptance criteria, the plan and its rules, the prompts, the report).
export * from './acceptance.js'
export * from './plan.js'
export * from './prompt.js'
export * from './report.js'
export * from './trust-gate.js'
