// The Typst compiler (@myriaddreamin/typst-ts-node-compiler, Typst in a native Node addon), loaded only
// when asked for: it is a devDependency of the benchmark, and `npm run bench` goes on without it. The
// few parts of its API the benchmark uses are typed here, so that the bench compiles without it too.
import { createRequire } from 'node:module';

export const TYPST_PACKAGE = '@myriaddreamin/typst-ts-node-compiler';

interface Diagnostics {
  shortDiagnostics: unknown[];
}

export interface TypstDocument {
  numOfPages: number;
}

interface CompileResult {
  result: TypstDocument | null;
  takeDiagnostics(): Diagnostics | null;
}

export interface TypstCompiler {
  compile(options: { mainFilePath: string }): CompileResult;
  pdf(document: TypstDocument): Buffer;
}

interface TypstModule {
  NodeCompiler: {
    /** `fontArgs`: font files (or folders) besides the system's, which the package always indexes. */
    create(options: { workspace?: string; fontArgs?: { fontPaths: string[] }[] }): TypstCompiler;
  };
}

/** The package, or why it cannot be loaded (not installed, or its native binary missing for this
 *  platform: an optional dependency per platform). */
export function loadTypst(): TypstModule | { missing: string } {
  try {
    return createRequire(import.meta.url)(TYPST_PACKAGE) as TypstModule;
  } catch (error) {
    return { missing: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
  }
}
