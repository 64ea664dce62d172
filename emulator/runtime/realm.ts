// Moves values between Node's realm (the emulator) and the script's vm realm, as Apps Script's bridge would.
import vm from 'node:vm';
import { AppsScriptError, Emulated } from '../core/emulated';

interface ScriptIntrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  ObjectPrototype: object;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * The bundle runs in its own realm, so a host `Date` or `[]` would fail its `instanceof` checks
 * just as a Node value would never reach Apps Script. Every value crossing the boundary is copied
 * into the other realm; emulated service objects cross as counting proxies (see expose.ts).
 */
export class Realm {
  readonly intrinsics: ScriptIntrinsics;
  readonly #targets = new WeakMap<object, Emulated>();

  constructor(
    readonly context: vm.Context,
    private readonly wrap: (target: Emulated) => object,
  ) {
    this.intrinsics = vm.runInContext(
      '({ Array, Object, Date, Error, ObjectPrototype: Object.prototype })',
      context,
    ) as ScriptIntrinsics;
  }

  /** Remember which emulated object a proxy stands for, so it can be passed back in. */
  register(proxy: object, target: Emulated): void {
    this.#targets.set(proxy, target);
  }

  toScript(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Emulated) return this.wrap(value);
    if (isDate(value)) return new this.intrinsics.Date(value.getTime());
    if (Array.isArray(value)) {
      const out = new this.intrinsics.Array(value.length);
      for (let i = 0; i < value.length; i += 1) out[i] = this.toScript(value[i]);
      return out;
    }
    if (value instanceof Error) return this.error(value);
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === Object.prototype || proto === null) {
      const out = new this.intrinsics.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = this.toScript(v);
      return out;
    }
    return value;
  }

  toHost(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.#targets.get(value);
    if (target) return target;
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) return value.map((v) => this.toHost(v));
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === this.intrinsics.ObjectPrototype || proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.toHost(v);
      return out;
    }
    return value;
  }

  /** An error the script can catch with `instanceof Error`, keeping Google's message text. */
  error(e: Error): Error {
    const err = new this.intrinsics.Error(e.message);
    // Apps Script's own errors keep their names (Exception, GoogleJsonResponseException); a bug in
    // the emulator surfaces as a plain Error.
    err.name = e instanceof AppsScriptError ? e.name : 'Error';
    return err;
  }
}
