// Types of corpus.mjs, the plain helpers shared by the benchmark and the TypeScript benches.

export declare const CORPUS_DIR: string
export declare const BLIND_CORPUS_DIR: string
export declare const REAL_DEV_DIR: string
export declare const REAL_SEALED_DIR: string

/** One excerpt of a corpus file: its header's id and label, its ecosystem (the file), its text. */
export interface CorpusEntry {
  id: string
  ecosystem: string
  expected: string
  text: string
  source?: string
  why?: string
  flaky?: boolean
}

export interface ScoreRow {
  total: number
  correct: number
  accuracy?: number
}

export interface CorpusScore {
  excerpts: number
  correct: number
  ecosystems: string[]
  accuracy: number
  perCategory: Record<string, ScoreRow>
  perEcosystem: Record<string, ScoreRow>
  confusion: Record<string, Record<string, number>>
  flaky?: ScoreRow
  misses: {id: string; expected: string; got: string; rule: string; confidence: number}[]
}

/** A corpus whose individual misses must not be printed or stored (the sealed real split). */
export declare function isSealed(dir: string): boolean
export declare function loadCorpus(dir?: string): CorpusEntry[]
export declare function scoreCorpus(
  corpus: readonly CorpusEntry[],
  classifyText: (text: string) => {category: string; rule: string; confidence: number}
): CorpusScore
export declare function printScore(
  label: string,
  score: CorpusScore,
  options?: {misses?: boolean; log?: (line: string) => void}
): void
