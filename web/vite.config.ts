import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

/** Libraries that change rarely get their own chunks, so they stay cached across releases. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  // Only the pages with charts (home dashboard, reports, policy simulation) load echarts.
  if (/node_modules[\\/](echarts|zrender)[\\/]/.test(id)) return 'echarts';
  if (/node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|@emotion|stylis)[\\/]/.test(id)) return 'antd';
  if (/node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/.test(id)) return 'react';
  return undefined;
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: which chunks a page loads (test/e2e/web-weight.test.ts weighs the first load).
    manifest: true,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
