import { endpointDiagram, mermaidLabel } from '../../../src/github/summaries/diagram.js';

test('draws endpoints and versions before and after, notes on the arrows, rejected moves dashed', () => {
  const diagram = endpointDiagram({
    before: [
      { name: 'DEFAULT', liveVersion: '3', targetVersion: '3', status: 'READY' },
      { name: 'live', liveVersion: '2', targetVersion: '2', status: 'READY' },
    ],
    after: [
      { name: 'live', liveVersion: '2', targetVersion: '2', status: 'READY' },
      { name: 'DEFAULT', liveVersion: '3', targetVersion: '3', status: 'READY' },
      { name: 'candidate', liveVersion: '3', targetVersion: '4', status: 'UPDATING' },
    ],
    versions: ['3'],
    notes: { candidate: 'smoke test passed (12 ms)' },
    rejected: [{ endpoint: 'live', version: '3', note: 'rolled back · alarm "errors" fired' }],
    good: ['2'],
    bad: ['3', '9'],
  });
  expect(diagram).toBe(
    [
      'flowchart LR',
      '  classDef endpoint fill:#ddf4ff,stroke:#0969da,color:#0a3069',
      '  classDef good fill:#dafbe1,stroke:#1a7f37,color:#116329',
      '  classDef bad fill:#ffebe9,stroke:#cf222e,color:#82071e',
      '  subgraph before["Before"]',
      '    direction LR',
      '    b_v2["version 2"]',
      '    b_v3["version 3"]',
      '    b_e0(["live"]):::endpoint',
      '    b_e0 --> b_v2',
      '    b_e1(["DEFAULT (newest)"]):::endpoint',
      '    b_e1 --> b_v3',
      '  end',
      '  subgraph after["After"]',
      '    direction LR',
      '    a_v2["version 2"]',
      '    a_v3["version 3"]',
      '    a_v4["version 4"]',
      '    a_e0(["candidate · UPDATING"]):::endpoint',
      '    a_e0 -->|"smoke test passed (12 ms)"| a_v3',
      '    a_e0 -.->|"UPDATING"| a_v4',
      '    a_e1(["live"]):::endpoint',
      '    a_e1 --> a_v2',
      '    a_e1 -.->|"rolled back · alarm #quot;errors#quot; fired"| a_v3',
      '    a_e2(["DEFAULT (newest)"]):::endpoint',
      '    a_e2 --> a_v3',
      '  end',
      '  class a_v2 good',
      '  class a_v3 bad',
      '  before ~~~ after',
    ].join('\n'),
  );
});

test('labels can hold any text without ending the quote or the diagram', () => {
  expect(mermaidLabel('a "b" <c> #d;\nend')).toBe('"a #quot;b#quot; #lt;c#gt; #35;d; end"');
  // User text never becomes a node id: an endpoint called "end" is only a label.
  expect(endpointDiagram({ before: [{ name: 'end', liveVersion: '1', status: 'READY' }], after: [] })).toContain('b_e0(["end"]):::endpoint');
});

test('an endpoint that serves nothing is drawn alone, with its status', () => {
  const diagram = endpointDiagram({ before: [], after: [{ name: 'live', targetVersion: '1', status: 'CREATE_FAILED' }] });
  expect(diagram).toContain('a_e0(["live · CREATE_FAILED"]):::endpoint');
  expect(diagram).toContain('a_e0 -.->|"CREATE_FAILED"| a_v1');
  expect(diagram).not.toContain('a_e0 -->');
});
