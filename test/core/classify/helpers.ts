import {
  classifyText,
  scanText,
  type Classification,
  type Failure
} from '../../../src/core/classify/index.js'

/** Timestamped like a downloaded GitHub Actions log. */
export function withTimestamps(text: string): string {
  let t = Date.parse('2026-11-23T10:00:00Z')
  return text
    .split('\n')
    .map(l => `${new Date((t += 137)).toISOString().replace('Z', '1234Z')} ${l}`)
    .join('\n')
}

export function failuresOf(text: string, workspace?: string): Failure[] {
  return scanText(text, workspace ? {workspace} : {}).failures
}

export function verdict(text: string): Classification {
  return classifyText(text)
}
