// Wraps emulated objects in proxies that count, permit, time and convert every call the script makes.
import { Emulated, KIND } from '../core/emulated';
import type { Execution } from '../core/execution';
import { checkPermission } from './permissions';
import type { Realm } from './realm';

export interface CallGate {
  /** Throws when the execution may not make this call (scope, AuthMode, time limit). */
  beforeCall(method: string): void;
}

/** Build the proxy factory for one execution. */
export function exposer(
  exec: Execution,
  gate: CallGate,
): (realm: Realm) => (t: Emulated) => object {
  return (realm) => {
    const proxies = new WeakMap<Emulated, object>();
    const wrap = (target: Emulated): object => {
      const existing = proxies.get(target);
      if (existing) return existing;
      const kind = target[KIND];
      const methods = new Map<PropertyKey, (...args: unknown[]) => unknown>();
      const proxy = new Proxy(target, {
        get(t, prop) {
          if (typeof prop === 'symbol') return undefined;
          if (prop.startsWith('_') || prop === 'constructor') return undefined;
          const value: unknown = Reflect.get(t, prop, t);
          if (typeof value !== 'function') return realm.toScript(value);
          let method = methods.get(prop);
          if (!method) {
            const name = `${kind}.${prop}`;
            const fn = value as (...args: unknown[]) => unknown;
            method = (...args: unknown[]) => {
              let result: unknown;
              const started = process.cpuUsage();
              try {
                gate.beforeCall(name);
                checkPermission(exec, name);
                const call = exec.workspace.meter.record(name);
                result = fn.apply(
                  t,
                  args.map((a) => realm.toHost(a)),
                );
                // A lost reply: the method ran and took effect, but the script gets an error.
                exec.workspace.meter.afterCall(call);
              } catch (e) {
                exec.workspace.meter.chargeService(process.cpuUsage(started));
                throw e instanceof Error ? realm.error(e) : e;
              }
              const value = realm.toScript(result);
              exec.workspace.meter.chargeService(process.cpuUsage(started));
              return value;
            };
            methods.set(prop, method);
          }
          return method;
        },
        set(t, prop, value) {
          // Only an HtmlTemplate takes arbitrary properties (its scriptlets' variables).
          if (kind !== 'HtmlTemplate' || typeof prop === 'symbol') return false;
          return Reflect.set(t, prop, realm.toHost(value));
        },
        has(t, prop) {
          return typeof prop === 'string' && !prop.startsWith('_') && prop in t;
        },
        ownKeys() {
          return [];
        },
        getPrototypeOf() {
          return null;
        },
      });
      proxies.set(target, proxy);
      realm.register(proxy, target);
      return proxy;
    };
    return wrap;
  };
}
