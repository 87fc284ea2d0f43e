import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspHeader, cspPlugin } from './scripts/cspPlugin.ts';
import { earlyEntryPlugin } from './scripts/earlyEntryPlugin.ts';

export default defineConfig({
  plugins: [react(), cspPlugin(), earlyEntryPlugin()],
  server: { port: 5173, strictPort: false },
  // The built app as served: the same policy as the page's <meta>, plus frame-ancestors (header only).
  preview: { headers: { 'Content-Security-Policy': cspHeader() } },
  // One page that needs Cytoscape, graphology and React before it can draw anything: splitting
  // the bundle would not make the first screen sooner.
  build: { chunkSizeWarningLimit: 1200 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
