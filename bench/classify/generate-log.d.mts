/** Writes about `bytes` bytes of realistic CI log with planted failures to `path`; returns bytes written. */
export declare function generateLog(path: string, bytes: number): Promise<number>
