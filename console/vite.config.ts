/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway the dev server sends everything but the console's own files to (npm run dev).
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
const proxied = ['/api', '/session', '/oauth2', '/login', '/logout', '/openapi'];

export default defineConfig({
  plugins: [react()],
  build: {
    // packaged by Maven into the console jar as static/, which the gateway serves at /
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    // keep the browser's Host, so the sign-in comes back to the dev server (redirect URI on port 5173)
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false, xfwd: true }])),
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
