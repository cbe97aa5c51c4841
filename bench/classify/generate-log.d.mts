/** Writes about `bytes` bytes of realistic CI log with planted failures to `path`; returns bytes written. */
export declare function generateLog(path: string, bytes: number): Promise<number>
/** Writes about `bytes` bytes of passing-test lines (2,000 distinct, repeated) ending in one tsc error. */
export declare function generateTestHeavyLog(path: string, bytes: number): Promise<number>
/** `count` passing-test lines of the test-heavy shape (runner timestamps), as one text. */
export declare function passingTestLines(count: number): string
/** Writes about `bytes` bytes of lines that each hold a failure word and are no failure, ending in one tsc error. */
export declare function generateNoisyLog(path: string, bytes: number): Promise<number>
