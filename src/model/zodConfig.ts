import { z } from 'zod';

// Zod 4 probes whether `new Function` works (to compile fast parsers). Under the app's
// Content-Security-Policy (no 'unsafe-eval') the probe fails quietly but is still reported as a
// CSP violation; jitless skips the probe. Imported for its effect by every module defining schemas,
// so it holds in the page and in workers alike.
z.config({ jitless: true });
