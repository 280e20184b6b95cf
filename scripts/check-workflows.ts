/**
 * Runs GitHub's own checks (@actions/languageservice, built on @actions/workflow-parser) over every
 * action.yml and workflow of the repository: schema, expressions, `needs`, step keys, the inputs a
 * step gives its action and the step outputs it refers to.
 * Usage: node <bundle> <repository root>; prints each file with its diagnostics, exits 1 on any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DescriptionDictionary, data, isDescriptionDictionary } from '@actions/expressions';
import { validate, type ValidationConfig } from '@actions/languageservice';
import type { ActionMetadata, ActionReference } from '@actions/languageservice/action';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { parse } from 'yaml';

/** Facts about a third-party action at one version, taken from its published action.yml. */
interface ActionFixture {
  action: string;
  version: string;
  source: string;
  inputs: string[];
  /** Inputs whose action.yml says required: true and gives no default: a step must set them. */
  required: string[];
  outputs: string[];
}

const FIXTURES = join('test', 'fixtures', 'actions');
const OUR_REPOSITORY = 'agentcore-actions';

/** Every manifest and workflow GitHub would load, relative to the repository root. */
export function filesToCheck(root: string): string[] {
  const yml = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : []);
  const actions = readdirSync(join(root, 'actions')).sort().map((name) => join('actions', name, 'action.yml'));
  return ['action.yml', ...actions.filter((f) => existsSync(join(root, f))), ...yml('workflows-examples'), ...yml(join('.github', 'workflows'))];
}

function fixtureMetadata(fixture: ActionFixture): ActionMetadata {
  const required = new Set(fixture.required);
  return {
    name: fixture.action,
    description: `${fixture.action}@${fixture.version} (${fixture.source})`,
    inputs: Object.fromEntries(fixture.inputs.map((name) => [name, { description: '', required: required.has(name) }])),
    outputs: Object.fromEntries(fixture.outputs.map((name) => [name, { description: '' }])),
  };
}

/**
 * The metadata of the action a step uses: ours from the checkout (any owner, as the examples ask
 * adopters to put theirs), third-party ones from test/fixtures/actions/<owner>-<name>@<version>.json.
 * Undefined for an action we know nothing of, which GitHub's check reports as unresolved.
 */
function actionMetadata(root: string, reference: ActionReference): ActionMetadata | undefined {
  if (reference.name === OUR_REPOSITORY) return localActionMetadata(root, reference.path ?? '');
  const file = join(root, FIXTURES, `${reference.owner}-${reference.name}${reference.path ? `-${reference.path.replaceAll('/', '-')}` : ''}@${reference.ref}.json`);
  return existsSync(file) ? fixtureMetadata(JSON.parse(readFileSync(file, 'utf8')) as ActionFixture) : undefined;
}

function localActionMetadata(root: string, path: string): ActionMetadata | undefined {
  const file = join(root, path, 'action.yml');
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as ActionMetadata) : undefined;
}

const LOCAL = /^\.\/|^\$\//;

function usesMetadata(root: string, uses: string): ActionMetadata | undefined {
  if (LOCAL.test(uses)) return localActionMetadata(root, uses.slice(2));
  const [action = '', ref = ''] = uses.split('@');
  const [owner = '', name = '', ...path] = action.split('/');
  return actionMetadata(root, { owner, name, ref, ...(path.length ? { path: path.join('/') } : {}) });
}

/**
 * How GitHub's check learns what we know: action metadata for `uses:`, and the outputs of each step
 * whose action we know (by default it lets any steps.<id>.outputs.<name> pass, since a run step
 * may write any output).
 */
function validationConfig(root: string): ValidationConfig {
  return {
    actionsMetadataProvider: { fetchActionMetadata: async (reference) => actionMetadata(root, reference) },
    // Resolves `$/<path>` steps (see localAsSelf) to the checkout's action.yml.
    fileProvider: {
      getFileContent: async (reference) => {
        const file = join(root, reference.path);
        return { name: reference.path, content: readFileSync(file, 'utf8') };
      },
    },
    contextProviderConfig: {
      getContext: async (name, defaults, workflow) => {
        if (name !== 'steps' || !defaults || !workflow.job) return undefined;
        for (const step of workflow.job.steps) {
          const stepContext = defaults.get(step.id);
          const outputs = stepContext && isDescriptionDictionary(stepContext) ? stepContext.get('outputs') : undefined;
          const metadata = 'uses' in step ? usesMetadata(root, step.uses.value) : undefined;
          if (!metadata || !outputs || !isDescriptionDictionary(outputs)) continue;
          outputs.complete = true;
          for (const [output, { description }] of Object.entries(metadata.outputs ?? {})) outputs.add(output, new data.StringData(''), description);
        }
        return defaults as DescriptionDictionary;
      },
    },
  };
}

/**
 * The language service resolves no `uses: ./<path>` action, but does resolve `$/<path>` (an action of
 * the same repository) through the file provider. The check reads one as the other: same length, so
 * every reported position still points into the file as written.
 */
function localAsSelf(text: string): string {
  return text.replace(/^(\s*(?:-\s+)?uses:\s*)\.\//gm, '$1$/');
}

/**
 * GitHub's diagnostics for one file; `text` checks other content under that name (the service caches
 * what it parsed by name, so other content needs a name of its own).
 */
export async function githubDiagnostics(root: string, file: string, text = readFileSync(join(root, file), 'utf8')): Promise<Diagnostic[]> {
  const document = TextDocument.create(pathToFileURL(join(root, file)).href, 'yaml', 1, localAsSelf(text));
  const diagnostics = await validate(document, validationConfig(root));
  // Messages name the action as the file does.
  return diagnostics.map((diagnostic) => (typeof diagnostic.message === 'string' ? { ...diagnostic, message: diagnostic.message.replaceAll('`$/', '`./') } : diagnostic));
}

const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  return `${file}:${line + 1}:${character + 1}: ${SEVERITY[diagnostic.severity ?? DiagnosticSeverity.Error]}: ${typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? '.';
  let total = 0;
  for (const file of filesToCheck(root)) {
    const diagnostics = await githubDiagnostics(root, file);
    total += diagnostics.length;
    console.log(`${diagnostics.length ? '✗' : '✓'} ${file}`);
    for (const diagnostic of diagnostics) console.log(`  ${formatDiagnostic(file, diagnostic)}`);
  }
  if (total) {
    console.log(`GitHub's workflow parser and language service report ${total} diagnostic(s): fix the files above (action.yml files come from src/github/specs/).`);
    process.exit(1);
  }
}
