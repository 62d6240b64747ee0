/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages from one build: the admin dashboard at / and the customer web chat at /app/.
// Maven runs this build and Quarkus serves the output from META-INF/resources.
export default defineConfig({
  plugins: [react()],
  build: {
    // Maven passes its output directory; run by hand, the same place relative to this folder
    outDir: process.env.WEBUI_OUT_DIR ?? resolve(__dirname, '../../../target/classes/META-INF/resources'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        dashboard: resolve(__dirname, 'index.html'),
        app: resolve(__dirname, 'app/index.html'),
      },
    },
  },
  server: {
    // `npm run dev` against a running dev stack: the API and the stream stay same-origin
    proxy: { '/v1': 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
  },
});
