// Types for scripts/dist-inputs.mjs, so tests can import it.
export type Digests = Record<string, string>
export interface Differences {
  changed: string[]
  added: string[]
  removed: string[]
}
export declare const ACTIONS: string[]
export declare const RECORD_FILE: string
export declare const INPUT_FILES: string[]
export declare const INPUT_DIRS: string[]
export declare function hashInputs(root: string): Promise<Digests>
export declare function hashOutputs(outDir: string): Promise<Digests>
export declare function renderRecord(inputs: Digests, outputs: Digests): string
export declare function differences(recorded: Digests, now: Digests): Differences
export declare function describeDifferences(differences: Differences): string
export declare function checkInstall(root: string): Promise<string>
