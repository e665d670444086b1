import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  // ESM: every entry point in one build, so shared code (e.g. RuleEvaluationError) is one module.
  {
    entry: {
      index: 'src/index.ts',
      runtime: 'src/runtime.ts',
      compiler: 'src/compiler.ts',
      cli: 'src/cli/main.ts',
      worker: 'src/cli/worker.ts',
    },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', runtime: 'src/runtime.ts', compiler: 'src/compiler.ts' } },
    target: 'node20',
    platform: 'node',
    splitting: true,
    define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  },
  // CommonJS: the library entry point.
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    shims: true,
  },
]);
