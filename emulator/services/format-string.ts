// Utilities.formatString: sprintf-style %s %d %i %f (with flags, width, precision) and %%.

const SPEC = /%([-+ 0]*)(\d+)?(?:\.(\d+))?([sdif%])/g;

/** https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...) */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(
    SPEC,
    (
      match,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      conv: string,
    ) => {
      if (conv === '%') return '%';
      if (next >= args.length) return match;
      const value = args[next++];
      let text: string;
      if (conv === 's') {
        text = String(value);
        if (precision !== undefined) text = text.slice(0, Number(precision));
      } else {
        const n = Number(value);
        text =
          conv === 'f'
            ? n.toFixed(precision === undefined ? 6 : Number(precision))
            : String(Math.trunc(n));
        if (flags.includes('+') && n >= 0) text = `+${text}`;
        else if (flags.includes(' ') && n >= 0) text = ` ${text}`;
      }
      const w = Number(width ?? 0);
      if (text.length >= w) return text;
      if (flags.includes('-')) return text.padEnd(w);
      if (flags.includes('0') && conv !== 's') {
        const sign = /^[+\- ]/.test(text) ? text.charAt(0) : '';
        return sign + text.slice(sign.length).padStart(w - sign.length, '0');
      }
      return text.padStart(w);
    },
  );
}
