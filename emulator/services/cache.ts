// PLACEHOLDER (the services helper replaces this file).
import type { VirtualClock } from '../core/clock';

export class CacheState {
  constructor(readonly clock: VirtualClock) {}
}
