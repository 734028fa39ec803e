// The Content-Security-Policy of the typeset HTML: a second door shut behind the sanitizer and the CSS
// escaping. The booklet runs no script of its own; the build adds Paged.js by a <script src> (allowed as
// 'self') and runs its in-page code through DevTools, which no policy of the page governs. Nothing may
// connect anywhere, and fonts and images come only from the booklet's own files.

/** The policy; `connect` names the origins the page may fetch from or listen to (the preview's own
 *  server), default none. */
export function contentPolicy(options: { connect?: string } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Paged.js sets styles inline, and the booklet's stylesheets are <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    `connect-src ${options.connect ?? "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
