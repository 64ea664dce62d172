// PLACEHOLDER (the services helper replaces this file).
import type { VirtualClock } from '../core/clock';

export class LogState {
  constructor(readonly clock: VirtualClock) {}
}
