/**
 * At most `max` jobs at a time; the rest wait their turn in order. Adapters that need one request per
 * professional and day use it to stay within the backend's rate limits.
 */
export function limiter(max: number) {
  let active = 0;
  const queue: Array<() => void> = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    // A finished job hands its place straight to the next in line, so no newcomer can slip in between.
    if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
    else active++;
    try {
      return await job();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
