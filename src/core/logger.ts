/**
 * What core code may say to the user. Core never imports @actions/*: the
 * GitHub side implements this with annotations and log groups, tests record it.
 */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, annotation?: Annotation): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Runs fn inside a collapsible log group that closes even when fn throws. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Masks a secret in all later output; call before the value can be printed. */
  secret(value: string): void;
}

/** A logger that keeps every line, for tests and for callers that print later. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  readonly secrets: string[] = [];
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  notice(message: string): void {
    this.lines.push(`notice: ${message}`);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${name}`);
    try {
      return await fn();
    } finally {
      this.lines.push(`endgroup: ${name}`);
    }
  }
  secret(value: string): void {
    this.secrets.push(value);
  }
}
