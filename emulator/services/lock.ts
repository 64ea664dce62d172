// PLACEHOLDER (the services helper replaces this file).
import type { VirtualClock } from '../core/clock';

export class LockState {
  constructor(readonly clock: VirtualClock) {}
}
