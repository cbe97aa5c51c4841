// What a later step reads when an action fails before it could report
// anything: outputs that never look like success (next-action: none,
// outcome: not-evaluated). Kept apart from the actions themselves, so the
// root action can name them without loading any command's module.

export const CLASSIFY_FAILURE_OUTPUTS = {
  category: 'unknown',
  confidence: '0',
  fingerprint: '',
  'next-action': 'none',
  failures: '[]',
  summary: '',
  'report-path': ''
}

export const AUTOFIX_FAILURE_OUTPUTS = {
  outcome: 'not-evaluated',
  'fixed-count': '0',
  'failed-count': '0',
  'pr-url': '',
  'pr-number': '',
  branch: '',
  'input-tokens': '0',
  'output-tokens': '0',
  'cache-read-tokens': '0',
  'cost-usd': '0',
  sandbox: 'none',
  'report-path': '',
  'proposal-path': '',
  matrix: '',
  'plan-path': ''
}

export const SELF_HEAL_FAILURE_OUTPUTS = {
  triage: '[]',
  'fixed-count': '0',
  'pr-urls': '[]',
  alerts: '[]',
  outcome: 'not-evaluated',
  'input-tokens': '0',
  'output-tokens': '0',
  'cache-read-tokens': '0',
  'cost-usd': '0',
  sandbox: 'none',
  'report-path': '',
  'proposal-path': ''
}

/** What a later step reads when a cancelled run could not report by itself in time. */
export const AUTOFIX_CANCELLED_OUTPUTS = {...AUTOFIX_FAILURE_OUTPUTS, outcome: 'cancelled'}

export const SELF_HEAL_CANCELLED_OUTPUTS = {...SELF_HEAL_FAILURE_OUTPUTS, outcome: 'cancelled'}
export const PUBLISH_FAILURE_OUTPUTS = {
  'pr-url': '',
  'pr-number': '',
  branch: '',
  'pr-urls': '[]'
}
