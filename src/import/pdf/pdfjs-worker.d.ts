// pdf.js's worker code, loaded into this thread (pdfjs-pages.ts): pdfjs-dist ships no types for it.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
