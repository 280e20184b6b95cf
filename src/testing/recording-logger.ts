import type { Logger } from '../core/logger.js';

/** A logger that keeps every line, for tests and the demo. */
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
