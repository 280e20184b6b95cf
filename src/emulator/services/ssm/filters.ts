import { AwsError } from '../../types.js';
import type { InputReader } from '../../protocols/json-rpc.js';
import { fullPath, type ParameterVersion, type SsmData, type SsmParameter } from './store.js';

/** Parameter filters (ParameterFilters and the older Filters) and path matching. */

export interface ParameterFilter {
  key: string;
  option: string;
  values: string[];
}

const FILTER_OPTIONS: Record<string, string[]> = {
  Name: ['Equals', 'BeginsWith', 'Contains'],
  Path: ['OneLevel', 'Recursive'],
  Type: ['Equals'],
  KeyId: ['Equals'],
  Tier: ['Equals'],
  DataType: ['Equals'],
  Label: ['Equals'],
};

export function readFilters(reader: InputReader, key: string, allowedKeys: string[]): ParameterFilter[] {
  return (reader.optObjectList(key) ?? []).map((raw) => {
    const item = reader.nested(raw);
    const filterKey = item.string('Key');
    const base = filterKey.startsWith('tag:') ? 'tag' : filterKey;
    if (!allowedKeys.includes(base)) throw new AwsError('InvalidFilterKey', `The following filter key is not valid: ${filterKey}. Valid filter keys include: [${allowedKeys.join(', ')}].`);
    const options = base === 'tag' ? ['Equals'] : FILTER_OPTIONS[base]!;
    const option = item.optString('Option') ?? options[0]!;
    if (!options.includes(option)) {
      throw new AwsError('InvalidFilterOption', `The following filter option is not valid: ${option}. Valid options include: [${options.join(', ')}].`);
    }
    return { key: filterKey, option, values: item.optStringList('Values') ?? [] };
  });
}

export function matchesFilter(parameter: SsmParameter, version: ParameterVersion, filter: ParameterFilter): boolean {
  const path = fullPath(parameter.name);
  const equalsAny = (actual: string | undefined) => actual !== undefined && filter.values.includes(actual);
  switch (filter.key) {
    case 'Name': {
      const wanted = filter.option === 'Contains' ? filter.values : filter.values.map(fullPath);
      if (filter.option === 'Equals') return wanted.includes(path);
      if (filter.option === 'BeginsWith') return wanted.some((v) => path.startsWith(v));
      return wanted.some((v) => path.includes(v));
    }
    case 'Path':
      return filter.values.some((value) => isUnder(path, value, filter.option === 'Recursive'));
    case 'Type':
      return equalsAny(version.type);
    case 'KeyId':
      return equalsAny(version.keyId);
    case 'Tier':
      return equalsAny(version.tier);
    case 'DataType':
      return equalsAny(version.dataType);
    case 'Label':
      return version.labels.some((label) => filter.values.includes(label));
    default: {
      const tag = parameter.tags.find((t) => t.Key === filter.key.slice('tag:'.length));
      return tag !== undefined && (filter.values.length === 0 || filter.values.includes(tag.Value));
    }
  }
}

/** Is the parameter path under `base`: a direct child, or any descendant when recursive. */
export function isUnder(path: string, base: string, recursive: boolean): boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith(prefix)) return false;
  return recursive || !path.slice(prefix.length).includes('/');
}

export function sortedParameters(data: SsmData): SsmParameter[] {
  return Object.values(data.parameters).sort((a, b) => (fullPath(a.name) < fullPath(b.name) ? -1 : 1));
}
