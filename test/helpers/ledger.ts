/** The raw SSM parameters of a ledger (the head, then its pages), for tests that check the layout itself. */
import { GetParameterCommand, GetParametersByPathCommand, type Parameter, type SSMClient } from '@aws-sdk/client-ssm';

export async function ledgerParameters(ssm: SSMClient, path: string): Promise<Parameter[]> {
  const head = (await ssm.send(new GetParameterCommand({ Name: path }))).Parameter!;
  const pages: Parameter[] = [];
  let token: string | undefined;
  do {
    const page = await ssm.send(new GetParametersByPathCommand({ Path: `${path}-pages`, NextToken: token }));
    pages.push(...(page.Parameters ?? []));
    token = page.NextToken;
  } while (token);
  return [head, ...pages];
}
