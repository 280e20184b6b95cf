import { readFileSync } from 'node:fs';
import { parseTemplate } from '../../../../src/emulator/services/cloudformation/template/parse.js';
import { providers } from '../../../../src/emulator/services/cloudformation/providers/index.js';

// A body is parsed once and handed out as copies: a change set and its execution parse the same text.
describe('parseTemplate of a body parsed before', () => {
  const body = readFileSync('templates/ecr-repository.yaml', 'utf8');

  it('gives an equal template that is not the same object', () => {
    const first = parseTemplate(body, providers);
    const second = parseTemplate(body, providers);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.Resources).not.toBe(first.Resources);
  });

  it('is not changed by what a caller did to an earlier copy', () => {
    const first = parseTemplate(body, providers);
    const expected = structuredClone(first);
    for (const key of Object.keys(first.Resources)) delete first.Resources[key];
    expect(parseTemplate(body, providers)).toEqual(expected);
  });

  it('still refuses a body that is not well-formed, each time, with its line', () => {
    const broken = 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n   Properties: [\n';
    for (let i = 0; i < 2; i++) expect(() => parseTemplate(broken, providers)).toThrow(/YAML not well-formed\. \(line \d+, column \d+\)/);
  });
});
