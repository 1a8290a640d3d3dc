import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers with a Content Security Policy for the single-page app: scripts only from the
 * console itself (Vite emits them as files, no inline script), API calls only to the console.
 * style-src needs 'unsafe-inline' because Ant Design writes its styles at run time (CSS-in-JS
 * inserts <style> elements and style attributes); inline styles cannot run code, so scripts
 * stay locked down. frame-ancestors 'none' (and X-Frame-Options for old browsers) keeps the
 * console out of any frame, against clickjacking.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Strict-Transport-Security only where the console is served over HTTPS (CONSOLE_COOKIE_SECURE):
    // on a plain-HTTP localhost it would say nothing true.
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    // The console's pages and API are same-origin only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
