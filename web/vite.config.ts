// Builds the web app into web/dist, which the server serves with a fallback to index.html
// for every page address. During development `vite --config web/vite.config.ts` proxies the
// API to a server on the default port, so cookies stay same-origin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    // The app imports pure modules (roles, department kinds) from the server's sources.
    fs: { allow: [path.resolve(root, '..')] },
    proxy: { '/api': 'http://localhost:8080' },
  },
});
