/**
 * What the demo shows: each step's log, compact and indented; its markdown in the output
 * directory; one HTML page rendering all of it (Mermaid included, served from next to the page
 * because nothing external is reachable); and the closing table.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import type { StepResult } from './pipeline.js';
import { findMermaidScript } from './preflight.js';

/** Log lines worth reading in a demo: workflow commands become plain text, debug and masks go. */
export function compactLog(stdout: string): string[] {
  const lines: string[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim() || line.startsWith('::debug::') || line.startsWith('::add-mask::') || line.startsWith('::endgroup::')) continue;
    const group = /^::group::(.*)$/.exec(line);
    if (group) {
      lines.push(`▸ ${group[1]}`);
      continue;
    }
    const annotation = /^::(notice|warning|error)[^:]*::(.*)$/.exec(line);
    lines.push(annotation ? `${annotation[1]}: ${annotation[2]!.replace(/%0A/g, ' ')}` : line);
  }
  return lines;
}

export function formatStep(step: StepResult): string {
  const head = `${step.ok ? '✔' : '✘'} ${step.number} ${step.title}: ${step.observed}`;
  const log = step.run ? compactLog(step.run.stdout).map((line) => `    ${line}`) : [];
  for (const line of step.explanation ?? []) log.push(`    why: ${line}`);
  // A process that failed before logging (a missing bundle, a crash) explains itself on stderr.
  if (step.run && step.run.code !== 0) log.push(...step.run.stderr.trim().split('\n').filter(Boolean).slice(-5).map((line) => `    stderr: ${line}`));
  return [head, ...log].join('\n');
}

/** The closing table, fixed-width for a terminal. */
export function finalTable(steps: StepResult[]): string {
  const rows = [['#', 'step', 'expected', 'observed', 'time', 'ok'], ...steps.map((s) => [s.number, s.title, s.expected, s.observed, `${s.seconds.toFixed(1)} s`, s.ok ? 'ok' : 'FAILED'])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markdown to HTML, with ```mermaid fences left as <pre class="mermaid"> for Mermaid to draw. */
export function renderMarkdown(markdown: string): string {
  const renderer = new marked.Renderer();
  const fallback = renderer.code.bind(renderer);
  renderer.code = (token) => (token.lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(token.text)}</pre>\n` : fallback(token));
  return marked.parse(markdown, { async: false, renderer, gfm: true });
}

export function renderPage(steps: StepResult[]): string {
  const sections = steps.map(
    (step) => `<section id="step-${step.number}">
<h2>${step.number} · ${escapeHtml(step.title)} <span class="${step.ok ? 'ok' : 'failed'}">${step.ok ? 'ok' : 'FAILED'}</span></h2>
<p class="meta">expected: ${escapeHtml(step.expected)} — observed: ${escapeHtml(step.observed)} — <a href="${step.number}-${step.slug}.md">${step.number}-${step.slug}.md</a></p>
${step.explanation?.length ? `<ul class="why">${step.explanation.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>\n` : ''}<div class="markdown">${step.markdown ? renderMarkdown(step.markdown) : '<p><em>No summary.</em></p>'}</div>
</section>`,
  );
  const rows = steps
    .map((s) => `<tr><td>${s.number}</td><td><a href="#step-${s.number}">${escapeHtml(s.title)}</a></td><td>${escapeHtml(s.expected)}</td><td>${escapeHtml(s.observed)}</td><td class="${s.ok ? 'ok' : 'failed'}">${s.ok ? 'ok' : 'FAILED'}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>agentcore-actions demo</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #1f2328; }
table { border-collapse: collapse; margin: 1em 0; max-width: 100%; }
/* Long ARNs, URIs and digests break anywhere, so a wide table wraps inside the page. */
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
section { border-top: 2px solid #d0d7de; margin-top: 2em; }
.meta { color: #59636e; font-size: 13px; }
.why { background: #fff8c5; padding: 8px 8px 8px 2em; }
.ok { color: #1a7f37; } .failed { color: #d1242f; font-weight: bold; }
pre { background: #f6f8fa; padding: 8px; overflow-x: auto; }
pre.mermaid { background: none; }
</style>
</head>
<body>
<h1>agentcore-actions demo</h1>
<p>The blue-green pipeline of <code>examples/agentcore.json</code> against the local emulator: every job summary and the pull-request comment, as GitHub would show them.</p>
<table><thead><tr><th>#</th><th>step</th><th>expected</th><th>observed</th><th>ok</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${sections.join('\n')}
<script src="mermaid.min.js"></script>
<script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
mermaid.run({ querySelector: 'pre.mermaid' }).then(() => { document.body.dataset.mermaid = 'done'; }, (error) => { document.body.dataset.mermaid = 'error: ' + error; });
</script>
</body>
</html>
`;
}

/** mermaid.min.js from the installed `mermaid` package: the repository's node_modules. */
function mermaidScript(): string {
  const script = findMermaidScript(import.meta.dirname);
  if (!script) throw new Error('node_modules/mermaid/dist/mermaid.min.js not found: run npm ci first');
  return script;
}

/** Replaces the output directory's contents with the steps' markdown, index.html and mermaid.min.js. */
export function writeOutput(outDir: string, steps: StepResult[]): string {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const step of steps) writeFileSync(join(out, `${step.number}-${step.slug}.md`), step.markdown || '_No summary._\n');
  writeFileSync(join(out, 'index.html'), renderPage(steps));
  copyFileSync(mermaidScript(), join(out, 'mermaid.min.js'));
  return join(out, 'index.html');
}
