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
