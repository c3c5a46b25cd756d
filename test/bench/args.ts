/**
 * Command-line options of the benchmarks: `--name value` or `--name=value`.
 * @example const a = benchArgs(['--docs', '500']); a.num('docs', 100) // → 500
 */
export function benchArgs(args: string[]): { get(name: string): string | undefined; num(name: string, dflt: number): number } {
  const get = (name: string) => {
    const i = args.indexOf(`--${name}`);
    if (i >= 0) return args[i + 1];
    return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const num = (name: string, dflt: number) => {
    const v = get(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  return { get, num };
}
