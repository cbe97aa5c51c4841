// A JVM stack frame names its source file without a directory: `at com.acme.billing.Invoice
// .lines(Invoice.java:42)`. The package says where the file sits below a source root
// (`com/acme/billing/Invoice.java`), not which root (`src/main/java`, a module's, a library's
// jar): whether it is the repository's own file is for the repository's tree to say. These
// are the suffixes to look for there, and the lookup, both pure; the edge fetches the tree.

/** `at [module/]package.Class[$Inner].method(File.ext:line)`: the package, then the file. */
const FRAME =
  /\bat\s+(?:[\w.$-]*\/{1,2})?((?:[a-z_][\w]*\.)+)[A-Za-z_$][\w$]*(?:\.[\w$<>-]+)+\(([\w$-]+\.(?:java|kt|scala|groovy)):\d+\)/g

/** Packages of the platform, its test runners and build tools: never the repository's. */
const PLATFORM =
  /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|org\.junit|junit|org\.testng|org\.gradle|worker\.org\.gradle|org\.apache\.maven|org\.codehaus\.groovy)\./

/** Frames looked up at most (the first ones: nearest the failure). */
const MAX_FRAMES = 40

/** The source-root-relative paths the JVM frames in `text` name (`com/acme/billing/Invoice.java`), in order. */
export function jvmFrameSources(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(FRAME)) {
    const pkg = m[1]
    if (PLATFORM.test(pkg)) continue
    const path = `${pkg.replace(/\./g, '/')}${m[2]}`
    if (!out.includes(path)) out.push(path)
    if (out.length >= MAX_FRAMES) break
  }
  return out
}

/**
 * The repository's files the frames name: for each source path, the files of the tree that end
 * with it (`src/main/java/com/acme/billing/Invoice.java`), in the frames' order.
 */
export function filesOfFrames(sources: readonly string[], tree: readonly string[]): string[] {
  // A tree holds up to 100,000 paths: index them by file name once, not per frame.
  const byName = new Map<string, string[]>()
  for (const path of tree) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const list = byName.get(name)
    if (list) list.push(path)
    else byName.set(name, [path])
  }
  const out = new Set<string>()
  for (const source of sources) {
    const tail = `/${source}`
    for (const path of byName.get(source.slice(source.lastIndexOf('/') + 1)) ?? [])
      if (path === source || path.endsWith(tail)) out.add(path)
  }
  return [...out]
}
