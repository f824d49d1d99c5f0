/**
 * `make`, remembered per key: for pure work that a build repeats on every page
 * (Intl formatters, translators, word keys), where making costs far more than using.
 * @example const square = memo((n: number) => n * n); square(3); square(3) // made once
 */
export function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as V;
  };
}
