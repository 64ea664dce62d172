// PLACEHOLDER (the services helper replaces this file).
import type { VirtualClock } from '../core/clock';

export class MailState {
  constructor(
    readonly clock: VirtualClock,
    readonly account: 'consumer' | 'workspace',
  ) {}
}
