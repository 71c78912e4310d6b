import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vite';

// The API the dev server proxies to (npm run start:dev starts both).
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Route chunks are split by React.lazy; the report lists each chunk's gzipped size.
    reportCompressedSize: true,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // Every path the API answers (its REST controllers too): the web app's own pages live elsewhere.
    proxy: {
      '/graphql': api,
      '/health': api,
      '/calendar': api,
      '/import': api,
      '/delegations': api,
      '/unsubscribe': api,
    },
  },
});
