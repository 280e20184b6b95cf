import {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  DeleteParametersCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  HierarchyLevelLimitExceededException,
  LabelParameterVersionCommand,
  ListTagsForResourceCommand,
  ParameterAlreadyExists,
  ParameterNotFound,
  ParameterVersionNotFound,
  PutParameterCommand,
  SSMClient,
  TooManyUpdates,
  ValidationException,
  paginateGetParametersByPath,
} from '@aws-sdk/client-ssm';
import { describeTargets, rejectionOf } from '../../../helpers/targets.js';
import { clientOptions, control, useTestEmulator } from '../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';


describeTargets('SSM conformance', (target, name) => {
  const client = () => new SSMClient(target().clientOptions('111111111111', 'eu-west-1'));

  test('PutParameter creates version 1, Overwrite makes the next version, GetParameter reads the latest', async () => {
    const ssm = client();
    await expect(ssm.send(new PutParameterCommand({ Name: '/app/dev/url', Value: 'one', Type: 'String' }))).resolves.toMatchObject({
      Version: 1,
      Tier: 'Standard',
    });
    await expect(ssm.send(new PutParameterCommand({ Name: '/app/dev/url', Value: 'two', Overwrite: true }))).resolves.toMatchObject({ Version: 2 });
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/app/dev/url' }));
    expect(Parameter).toMatchObject({ Name: '/app/dev/url', Value: 'two', Version: 2, Type: 'String', DataType: 'text' });
    expect(Parameter?.ARN).toBe(`arn:aws:ssm:eu-west-1:${target().accountFor('111111111111')}:parameter/app/dev/url`);
    expect(Parameter?.LastModifiedDate).toBeInstanceOf(Date);
    expect(Math.abs(Parameter!.LastModifiedDate!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  test('PutParameter without Overwrite on an existing name is ParameterAlreadyExists (400), and changes nothing', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/lock', Value: 'run-1', Type: 'String' }));
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/lock', Value: 'run-2', Type: 'String' })));
    expect(error).toBeInstanceOf(ParameterAlreadyExists);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect((await ssm.send(new GetParameterCommand({ Name: '/lock' }))).Parameter).toMatchObject({ Value: 'run-1', Version: 1 });
  });

  test('creating a parameter needs a Type', async () => {
    const error = await rejectionOf(client().send(new PutParameterCommand({ Name: '/typeless', Value: 'x' })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(/type is required/);
  });

  test('a name:version selector reads an older version; a missing version is ParameterVersionNotFound', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/sel/p', Value: 'v1', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name: '/sel/p', Value: 'v2', Type: 'String', Overwrite: true }));
    expect((await ssm.send(new GetParameterCommand({ Name: '/sel/p:1' }))).Parameter).toMatchObject({ Name: '/sel/p', Value: 'v1', Version: 1 });
    const error = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/sel/p:7' })));
    expect(error).toBeInstanceOf(ParameterVersionNotFound);
  });

  test('a missing parameter is ParameterNotFound (400)', async () => {
    const error = await rejectionOf(client().send(new GetParameterCommand({ Name: '/nope' })));
    expect(error).toBeInstanceOf(ParameterNotFound);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('SecureString values come back plain only WithDecryption', async () => {
    const ssm = client();
    const secret = 'hunter2-secret-value';
    await ssm.send(new PutParameterCommand({ Name: '/team/api-key', Value: secret, Type: 'SecureString' }));
    const plain = await ssm.send(new GetParameterCommand({ Name: '/team/api-key', WithDecryption: true }));
    expect(plain.Parameter).toMatchObject({ Type: 'SecureString', Value: secret });
    const opaque = (await ssm.send(new GetParameterCommand({ Name: '/team/api-key' }))).Parameter!.Value!;
    if (name === 'emulator') {
      expect(opaque).not.toContain(secret);
      expect(opaque).toMatch(/^[A-Za-z0-9+/]+=*$/);
    } else {
      // moto returns "kms:<key>:<plain text>" (listed as a difference in the emulator README).
      expect(opaque).toBe(`kms:alias/aws/ssm:${secret}`);
    }
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: '/team/api-key', WithDecryption: true }));
    expect(history.Parameters?.[0]).toMatchObject({ Value: secret, KeyId: 'alias/aws/ssm' });
  });

  test('GetParameters lists the names it cannot find in InvalidParameters', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/many/a', Value: 'A', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name: '/many/b', Value: 'B', Type: 'StringList' }));
    const result = await ssm.send(new GetParametersCommand({ Names: ['/many/a', '/many/missing', '/many/b'] }));
    expect(result.Parameters?.map((p) => [p.Name, p.Value]).sort()).toEqual([
      ['/many/a', 'A'],
      ['/many/b', 'B'],
    ]);
    expect(result.InvalidParameters).toEqual(['/many/missing']);
  });

  test('GetParametersByPath: one level by default, everything below with Recursive, paged by MaxResults', async () => {
    const ssm = client();
    const names = ['/agentcore/dev/config', '/agentcore/dev/hash', '/agentcore/dev/runtimes/bot/ledger', '/agentcore/prod/config', '/other/x'];
    for (const n of names) await ssm.send(new PutParameterCommand({ Name: n, Value: n, Type: 'String' }));
    const oneLevel = await ssm.send(new GetParametersByPathCommand({ Path: '/agentcore/dev' }));
    expect(oneLevel.Parameters?.map((p) => p.Name).sort()).toEqual(['/agentcore/dev/config', '/agentcore/dev/hash']);
    const collected: string[] = [];
    let pages = 0;
    for await (const result of paginateGetParametersByPath({ client: ssm, pageSize: 2 }, { Path: '/agentcore', Recursive: true })) {
      pages++;
      expect(result.Parameters!.length).toBeLessThanOrEqual(2);
      collected.push(...result.Parameters!.map((p) => p.Name!));
    }
    expect(collected.sort()).toEqual(names.filter((n) => n.startsWith('/agentcore/')).sort());
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  test('GetParametersByPath refuses MaxResults above 10', async () => {
    const error = await rejectionOf(client().send(new GetParametersByPathCommand({ Path: '/', MaxResults: 11 })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(/less than or equal to 10/);
  });

  test('DeleteParameter removes it; deleting a missing one is ParameterNotFound', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/gone', Value: 'x', Type: 'String' }));
    await ssm.send(new DeleteParameterCommand({ Name: '/gone' }));
    expect(await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/gone' })))).toBeInstanceOf(ParameterNotFound);
    expect(await rejectionOf(ssm.send(new DeleteParameterCommand({ Name: '/gone' })))).toBeInstanceOf(ParameterNotFound);
    await ssm.send(new PutParameterCommand({ Name: '/gone', Value: 'again', Type: 'String' }));
    expect((await ssm.send(new GetParameterCommand({ Name: '/gone' }))).Parameter?.Version).toBe(1);
  });

  test('DeleteParameters reports deleted and invalid names', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/d/one', Value: '1', Type: 'String' }));
    const result = await ssm.send(new DeleteParametersCommand({ Names: ['/d/one', '/d/two'] }));
    expect(result.DeletedParameters).toEqual(['/d/one']);
    expect(result.InvalidParameters).toEqual(['/d/two']);
  });

  test('labels: LabelParameterVersion attaches, moves and resolves labels; bad labels come back invalid', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/lbl/p', Value: 'v1', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name: '/lbl/p', Value: 'v2', Type: 'String', Overwrite: true }));
    const first = await ssm.send(new LabelParameterVersionCommand({ Name: '/lbl/p', ParameterVersion: 1, Labels: ['good', 'aws-bad', '1bad'] }));
    expect(first.ParameterVersion).toBe(1);
    expect(first.InvalidLabels?.sort()).toEqual(['1bad', 'aws-bad']);
    expect((await ssm.send(new GetParameterCommand({ Name: '/lbl/p:good' }))).Parameter?.Value).toBe('v1');
    await ssm.send(new LabelParameterVersionCommand({ Name: '/lbl/p', Labels: ['good'] }));
    expect((await ssm.send(new GetParameterCommand({ Name: '/lbl/p:good' }))).Parameter?.Value).toBe('v2');
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: '/lbl/p' }));
    expect(history.Parameters?.map((p) => [p.Version, p.Labels])).toEqual([
      [1, []],
      [2, ['good']],
    ]);
    const error = await rejectionOf(ssm.send(new LabelParameterVersionCommand({ Name: '/lbl/p', ParameterVersion: 9, Labels: ['x'] })));
    expect(error).toBeInstanceOf(ParameterVersionNotFound);
  });

  test('tags are set on create, added later, and refused together with Overwrite', async () => {
    const ssm = client();
    await ssm.send(new PutParameterCommand({ Name: '/tagged', Value: 'x', Type: 'String', Tags: [{ Key: 'team', Value: 'a' }] }));
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tagged', Tags: [{ Key: 'env', Value: 'dev' }] }));
    const { TagList } = await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tagged' }));
    expect(TagList?.sort((a, b) => a.Key!.localeCompare(b.Key!))).toEqual([
      { Key: 'env', Value: 'dev' },
      { Key: 'team', Value: 'a' },
    ]);
    const error = await rejectionOf(
      ssm.send(new PutParameterCommand({ Name: '/tagged', Value: 'y', Type: 'String', Overwrite: true, Tags: [{ Key: 'k', Value: 'v' }] })),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(/tags and overwrite can't be used together/);
  });

  test('names prefixed with aws or ssm are refused', async () => {
    const error = await rejectionOf(client().send(new PutParameterCommand({ Name: 'awsThing', Value: 'x', Type: 'String' })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(/can't be prefixed with "aws" or "ssm"/);
  });

  test('DescribeParameters pages through metadata without values', async () => {
    const ssm = client();
    for (const n of ['/m/1', '/m/2', '/m/3']) await ssm.send(new PutParameterCommand({ Name: n, Value: 'v', Type: 'String', Description: `about ${n}` }));
    const first = await ssm.send(new DescribeParametersCommand({ MaxResults: 2 }));
    let all = first.Parameters!;
    if (name === 'emulator') {
      expect(first.Parameters).toHaveLength(2);
      expect(first.NextToken).toBeDefined();
      const second = await ssm.send(new DescribeParametersCommand({ MaxResults: 2, NextToken: first.NextToken }));
      all = [...all, ...second.Parameters!];
    } else {
      // moto ignores MaxResults here and pages by 10 (listed as a difference in the emulator README).
      expect(first.Parameters).toHaveLength(3);
      expect(first.NextToken).toBeUndefined();
    }
    expect(all.map((p) => p.Name).sort()).toEqual(['/m/1', '/m/2', '/m/3']);
    expect(all[0]).toMatchObject({ Type: 'String', Version: 1, Tier: 'Standard' });
    expect(all[0]).not.toHaveProperty('Value');
    expect(all.find((p) => p.Name === '/m/2')?.Description).toBe('about /m/2');
  });

  // Validation moto does not do: the emulator follows the AWS documentation, moto accepts the call.
  test('name rules: characters, fully qualified paths, at most 15 levels', async () => {
    const ssm = client();
    const deep = `/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`;
    const fifteen = `/${Array.from({ length: 15 }, (_, i) => `l${i}`).join('/')}`;
    const put = (n: string) => ssm.send(new PutParameterCommand({ Name: n, Value: 'x', Type: 'String' }));
    await expect(put(fifteen)).resolves.toMatchObject({ Version: 1 });
    if (name === 'emulator') {
      expect(await rejectionOf(put('/has space/x'))).toBeInstanceOf(ValidationException);
      expect(await rejectionOf(put('/bad*char'))).toBeInstanceOf(ValidationException);
      expect(await rejectionOf(put('not/qualified'))).toBeInstanceOf(ValidationException);
      expect(await rejectionOf(put(deep))).toBeInstanceOf(HierarchyLevelLimitExceededException);
    } else {
      await expect(put('/bad*char')).resolves.toMatchObject({ Version: 1 });
      await expect(put('/has space/x')).resolves.toMatchObject({ Version: 1 });
      await expect(put('not/qualified')).resolves.toMatchObject({ Version: 1 });
      await expect(put(deep)).resolves.toMatchObject({ Version: 1 });
    }
  });

  test('value limits: 4096 characters on Standard, 8192 on Advanced', async () => {
    const ssm = client();
    const put = (n: string, length: number, Tier?: 'Standard' | 'Advanced') =>
      ssm.send(new PutParameterCommand({ Name: n, Value: 'x'.repeat(length), Type: 'String', ...(Tier ? { Tier } : {}) }));
    await expect(put('/size/max-standard', 4096)).resolves.toMatchObject({ Tier: 'Standard' });
    await expect(put('/size/advanced', 8192, 'Advanced')).resolves.toMatchObject({ Tier: 'Advanced' });
    if (name === 'emulator') {
      const standard = await rejectionOf(put('/size/too-big', 4097));
      expect(standard).toBeInstanceOf(ValidationException);
      expect(standard.message).toMatch(/maximum parameter value of 4096 characters/);
      const advanced = await rejectionOf(put('/size/too-big-advanced', 8193, 'Advanced'));
      expect(advanced).toBeInstanceOf(ValidationException);
      expect(advanced.message).toMatch(/8192/);
    } else {
      await expect(put('/size/too-big', 4097)).resolves.toMatchObject({ Version: 1 });
    }
  });
});

describe('SSM emulator specifics', () => {
  let emulator: RunningEmulator;
  useTestEmulator((started) => (emulator = started), { reset: true });

  test('GET /_emulator/state never shows a SecureString value', async () => {
    const ssm = new SSMClient(clientOptions(emulator, '111111111111'));
    await ssm.send(new PutParameterCommand({ Name: '/s/secret', Value: 'plain-text-password', Type: 'SecureString' }));
    await ssm.send(new PutParameterCommand({ Name: '/s/visible', Value: 'plain-config', Type: 'String' }));
    const state = JSON.stringify(await control(emulator, 'GET', 'state'));
    expect(state).toContain('plain-config');
    expect(state).not.toContain('plain-text-password');
  });

  test('POST ssm/too-many-updates fails the next N PutParameter calls with TooManyUpdates', async () => {
    const ssm = new SSMClient(clientOptions(emulator));
    await control(emulator, 'POST', 'ssm/too-many-updates', { count: 2 });
    for (let i = 0; i < 2; i++) {
      const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/busy', Value: 'x', Type: 'String' })));
      expect(error).toBeInstanceOf(TooManyUpdates);
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    await expect(ssm.send(new PutParameterCommand({ Name: '/busy', Value: 'x', Type: 'String' }))).resolves.toMatchObject({ Version: 1 });
    await expect(control(emulator, 'POST', 'ssm/too-many-updates', { count: -1 })).rejects.toThrow(/count/);
  });

  test('parameters are isolated per account and region', async () => {
    const dev = new SSMClient(clientOptions(emulator, '111111111111', 'us-west-2'));
    const prod = new SSMClient(clientOptions(emulator, '333333333333', 'us-west-2'));
    const otherRegion = new SSMClient(clientOptions(emulator, '111111111111', 'us-east-1'));
    await dev.send(new PutParameterCommand({ Name: '/iso', Value: 'dev', Type: 'String' }));
    expect(await rejectionOf(prod.send(new GetParameterCommand({ Name: '/iso' })))).toBeInstanceOf(ParameterNotFound);
    expect(await rejectionOf(otherRegion.send(new GetParameterCommand({ Name: '/iso' })))).toBeInstanceOf(ParameterNotFound);
  });

  test('a one-level name is the same parameter with or without its leading slash', async () => {
    const ssm = new SSMClient(clientOptions(emulator));
    await ssm.send(new PutParameterCommand({ Name: '/single', Value: 'x', Type: 'String' }));
    expect(await rejectionOf(ssm.send(new PutParameterCommand({ Name: 'single', Value: 'y', Type: 'String' })))).toBeInstanceOf(ParameterAlreadyExists);
    expect((await ssm.send(new GetParameterCommand({ Name: 'single' }))).Parameter?.Value).toBe('x');
  });

  test('Intelligent-Tiering picks Advanced only for a value that needs it; Advanced never goes back to Standard', async () => {
    const ssm = new SSMClient(clientOptions(emulator));
    await expect(ssm.send(new PutParameterCommand({ Name: '/it/small', Value: 'x', Type: 'String', Tier: 'Intelligent-Tiering' }))).resolves.toMatchObject({
      Tier: 'Standard',
    });
    await expect(
      ssm.send(new PutParameterCommand({ Name: '/it/big', Value: 'x'.repeat(5000), Type: 'String', Tier: 'Intelligent-Tiering' })),
    ).resolves.toMatchObject({ Tier: 'Advanced' });
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/it/big', Value: 'x', Overwrite: true, Tier: 'Standard' })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(/can't downgrade/);
  });

  test('LastModifiedUser is the caller, and a bad NextToken is InvalidNextToken', async () => {
    const ssm = new SSMClient(clientOptions(emulator, '111111111111'));
    await ssm.send(new PutParameterCommand({ Name: '/who', Value: 'x', Type: 'String' }));
    const { Parameters } = await ssm.send(new DescribeParametersCommand({}));
    expect(Parameters?.[0]?.LastModifiedUser).toBe('arn:aws:iam::111111111111:user/emulator');
    const error = await rejectionOf(ssm.send(new GetParametersByPathCommand({ Path: '/', NextToken: 'garbage' })));
    expect(error.name).toBe('InvalidNextToken');
  });
});
