/**
 * Alternating rounds. On a shared machine the speed drifts (other work,
 * thermal limits, GC state), so the API and its raw baseline run in turns,
 * ABBA order, and each side's median over the rounds is compared: drift
 * then hits both sides alike instead of one.
 */
export async function alternate<K extends string, V = number>(
  rounds: number,
  sides: Record<K, () => Promise<V>>,
): Promise<Record<K, V[]>> {
  const names = Object.keys(sides) as K[];
  const figures = Object.fromEntries(names.map((n) => [n, [] as V[]])) as Record<K, V[]>;
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) figures[name].push(await sides[name]());
  }
  return figures;
}

/**
 * One unrecorded round of each side first (JIT, sockets and caches warm
 * up), then `rounds` alternating ones, whose figures are returned.
 */
export async function warmThenAlternate<K extends string, V = number>(
  rounds: number,
  sides: Record<K, () => Promise<V>>,
): Promise<Record<K, V[]>> {
  await alternate(1, sides);
  return alternate(rounds, sides);
}
