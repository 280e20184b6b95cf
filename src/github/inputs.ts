import * as core from '@actions/core';
import { UserError } from '../core/errors.js';

/**
 * How one action input is read. Each action declares its inputs once as a spec
 * (src/actions/specs.ts); tests check the specs against the action.yml files, so
 * every input the code reads is declared and every default agrees.
 */
export type InputSpec =
  | { kind: 'string'; description: string; default?: string; required?: boolean; secret?: boolean; pattern?: RegExp; rule?: string }
  | { kind: 'boolean'; description: string; default: boolean }
  | { kind: 'number'; description: string; default?: number; min: number; max?: number; integer?: boolean; unit: string }
  | { kind: 'choice'; description: string; default: string; choices: readonly string[] }
  | { kind: 'list'; description: string; default?: string };

export type InputSpecs = Record<string, InputSpec>;

type ValueOf<S extends InputSpec> = S extends { kind: 'boolean' }
  ? boolean
  : S extends { kind: 'number' }
    ? S extends { default: number }
      ? number
      : number | undefined
    : S extends { kind: 'list' }
      ? string[]
      : S extends { kind: 'choice' }
        ? string
        : S extends { default: string } | { required: true }
          ? string
          : string | undefined;

/** The typed object of an action's inputs, keyed by the exact action.yml names. */
export type Inputs<S extends InputSpecs> = { [K in keyof S]: ValueOf<S[K]> };

/** Reads the raw text of an input the way the runner passes it (INPUT_<NAME>, hyphens kept). */
export type RawInputReader = (name: string) => string;

const readRaw: RawInputReader = (name) => core.getInput(name);

const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];

export function readInputs<S extends InputSpecs>(specs: S, raw: RawInputReader = readRaw): Inputs<S> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    values[name] = readInput(name, spec, raw(name).trim());
  }
  return values as Inputs<S>;
}

function readInput(name: string, spec: InputSpec, text: string): unknown {
  const bad = (expected: string) => new UserError(`Input "${name}": expected ${expected}, got "${text}".`);
  switch (spec.kind) {
    case 'string': {
      if (spec.secret && text) core.setSecret(text);
      if (!text) {
        if (spec.required) throw new UserError(`Input "${name}" is required: ${spec.description}`);
        return spec.default;
      }
      if (spec.pattern && !spec.pattern.test(text)) {
        throw new UserError(`Input "${name}": expected ${spec.rule ?? `a value matching ${spec.pattern}`}, got "${spec.secret ? '***' : text}".`);
      }
      return text;
    }
    case 'boolean':
      // Strict YAML 1.2 booleans: a typo must fail, not quietly read as false.
      if (!text) return spec.default;
      if (YAML_TRUE.includes(text)) return true;
      if (YAML_FALSE.includes(text)) return false;
      throw bad('true or false');
    case 'number': {
      if (!text) return spec.default;
      const value = Number(text);
      const integer = spec.integer ?? true;
      if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < spec.min || (spec.max !== undefined && value > spec.max)) {
        const range = spec.max !== undefined ? `from ${spec.min} to ${spec.max}` : `>= ${spec.min}`;
        throw bad(`${integer ? 'a whole number' : 'a number'} of ${spec.unit} ${range}`);
      }
      return value;
    }
    case 'choice':
      if (!text) return spec.default;
      if (!spec.choices.includes(text)) throw bad(`one of ${spec.choices.join(', ')}`);
      return text;
    case 'list':
      return (text || spec.default || '')
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
  }
}
