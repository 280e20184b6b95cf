import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { END_MARKER, START_MARKER, renderActionTables, withActionTables } from '../../scripts/readme-actions.js';

const repoRoot = resolve(import.meta.dirname, '..', '..');

describe('the README action table', () => {
  it('equals the generation from actions/*/action.yml (run npm run build to refresh it)', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toBe(withActionTables(readme, renderActionTables(repoRoot)));
  });

  it('lists every input and output of every action', () => {
    const tables = renderActionTables(repoRoot);
    expect(tables).toContain('### `deploy-version`');
    expect(tables).toContain('| `image-uri` | no |  | Image to deploy:');
    expect(tables).toContain('| `wait` | no | `true` |');
    expect(tables).toContain('| `previous-version` | The newest version before this run');
  });

  it('replaces only what is between the markers', () => {
    const readme = `# x\n\n## Actions\n\n${START_MARKER}\nold\n${END_MARKER}\n\n## After\n`;
    expect(withActionTables(readme, 'new\n')).toBe(`# x\n\n## Actions\n\n${START_MARKER}\nnew\n${END_MARKER}\n\n## After\n`);
    expect(() => withActionTables('# no markers', 'new')).toThrow('README.md needs <!-- actions:start --> followed by <!-- actions:end -->');
  });
});
