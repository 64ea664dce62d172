// PLACEHOLDER (the services helper replaces this file).
import type { VirtualClock } from '../core/clock';

export class TriggerState {
  constructor(readonly clock: VirtualClock) {}
}
