// self-heal's pure core: Sentry payloads → frames → repository files →
// severity, groups and decisions → the incident report.
export * from './types.js'
export * from './frames.js'
export * from './path-mapping.js'
export * from './severity.js'
export * from './grouping.js'
export * from './triage.js'
export * from './report.js'
