// Types for scripts/action-docs.mjs, so tests can import it.
export declare const SUB_ACTIONS: string[]
export declare function loadAction(name: string): unknown
export declare function renderRootAction(): string
export declare function renderTables(name: string): string
export declare function renderReadme(readme: string): string
