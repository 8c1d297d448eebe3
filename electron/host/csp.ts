/**
 * The content security policy of the renderer, for both hosts. AG Grid
 * needs inline styles and data: images; an attachment's preview shows the
 * stored bytes from a blob: URL (an image, or a PDF in Chromium's viewer
 * in a frame); nothing else is loosened.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
