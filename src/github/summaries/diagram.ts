/**
 * A Mermaid flowchart of a runtime's versions and which endpoint points where, before and after
 * a promotion or rollback, with the smoke-test and bake results on the arrows:
 *
 *   flowchart LR
 *     subgraph before["Before"] … b_e0(["live"]) --> b_v1["version 1"] … end
 *     subgraph after["After"]   … a_e0(["live"]) -->|"smoke test passed · baked 5m 00s"| a_v2["version 2"] … end
 *
 * Node ids are generated (never user text); every label is quoted with Mermaid's entity codes
 * for the characters that would end or break it, so any endpoint name or note renders.
 */
import { DEFAULT_ENDPOINT, type EndpointView } from '../../core/promotion/endpoints.js';

export interface DiagramInput {
  before: EndpointView[];
  after: EndpointView[];
  /** Versions to draw even when no endpoint points at them (the one promoted, the one left). */
  versions?: string[];
  /** Text on an endpoint's arrow in the after graph, by endpoint name. */
  notes?: Record<string, string>;
  /** Dashed arrows in the after graph: where an endpoint went and came back from. */
  rejected?: Array<{ endpoint: string; version: string; note: string }>;
  /** Versions drawn green (serving, proven) and red (rejected) in the after graph. */
  good?: string[];
  bad?: string[];
}

/** A Mermaid label: quoted, with the characters that end or break it as entity codes. */
export function mermaidLabel(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
  return `"${escaped}"`;
}

function versionsOf(endpoints: EndpointView[], extra: string[]): string[] {
  const all = new Set(extra);
  for (const e of endpoints) {
    if (e.liveVersion) all.add(e.liveVersion);
    if (e.targetVersion) all.add(e.targetVersion);
  }
  return [...all].sort((a, b) => Number(a) - Number(b));
}

function endpointLabel(e: EndpointView): string {
  const name = e.name === DEFAULT_ENDPOINT ? `${DEFAULT_ENDPOINT} (newest)` : e.name;
  return e.status === 'READY' ? name : `${name} · ${e.status}`;
}

function graph(id: string, title: string, prefix: string, endpoints: EndpointView[], input: DiagramInput, withNotes: boolean): string[] {
  const lines = [`  subgraph ${id}[${mermaidLabel(title)}]`, '    direction LR'];
  const versionNode = (v: string) => `${prefix}_v${v}`;
  for (const v of versionsOf(endpoints, [...(input.versions ?? []), ...(withNotes ? (input.rejected ?? []).map((r) => r.version) : [])])) {
    lines.push(`    ${versionNode(v)}[${mermaidLabel(`version ${v}`)}]`);
  }
  endpoints.forEach((e, index) => {
    const node = `${prefix}_e${index}`;
    lines.push(`    ${node}([${mermaidLabel(endpointLabel(e))}]):::endpoint`);
    const note = withNotes ? input.notes?.[e.name] : undefined;
    if (e.liveVersion) lines.push(`    ${node} -->${note ? `|${mermaidLabel(note)}|` : ''} ${versionNode(e.liveVersion)}`);
    if (e.targetVersion && e.targetVersion !== e.liveVersion) {
      lines.push(`    ${node} -.->|${mermaidLabel(`${e.status === 'READY' ? 'target' : e.status}`)}| ${versionNode(e.targetVersion)}`);
    }
    if (withNotes) {
      for (const r of (input.rejected ?? []).filter((r) => r.endpoint === e.name)) {
        lines.push(`    ${node} -.->|${mermaidLabel(r.note)}| ${versionNode(r.version)}`);
      }
    }
  });
  lines.push('  end');
  if (withNotes) {
    const present = new Set(versionsOf(endpoints, [...(input.versions ?? []), ...(input.rejected ?? []).map((r) => r.version)]));
    for (const [cls, versions] of [['good', input.good], ['bad', input.bad]] as const) {
      const drawn = (versions ?? []).filter((v) => present.has(v));
      if (drawn.length) lines.push(`  class ${drawn.map(versionNode).join(',')} ${cls}`);
    }
  }
  return lines;
}

export function endpointDiagram(input: DiagramInput): string {
  return [
    'flowchart LR',
    '  classDef endpoint fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    '  classDef good fill:#dafbe1,stroke:#1a7f37,color:#116329',
    '  classDef bad fill:#ffebe9,stroke:#cf222e,color:#82071e',
    ...graph('before', 'Before', 'b', ordered(input.before), input, false),
    ...graph('after', 'After', 'a', ordered(input.after), input, true),
    // An invisible link: Before is drawn left of After.
    '  before ~~~ after',
  ].join('\n');
}

/** Named endpoints by name, DEFAULT (which follows the newest version by itself) last. */
function ordered(endpoints: EndpointView[]): EndpointView[] {
  return [...endpoints].sort((a, b) => Number(a.name === DEFAULT_ENDPOINT) - Number(b.name === DEFAULT_ENDPOINT) || a.name.localeCompare(b.name));
}
