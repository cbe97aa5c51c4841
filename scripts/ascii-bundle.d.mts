// Types for scripts/ascii-bundle.mjs, so tests can import it.
export declare function asciiOnly(source: string, fileName?: string): string
