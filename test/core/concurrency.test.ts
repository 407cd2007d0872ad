import { expect } from '@open-wc/testing';
import { limiter } from '../../src/core/concurrency.js';

/** A job that stays in flight until released. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { release, done };
}

describe('limiter', () => {
  it('never runs more than the limit at once, also when a finishing job starts another', async () => {
    const run = limiter(2);
    let inFlight = 0;
    let most = 0;
    const track = async <T>(body: () => Promise<T>): Promise<T> => {
      most = Math.max(most, ++inFlight);
      try {
        return await body();
      } finally {
        inFlight--;
      }
    };
    const jobs = Array.from({ length: 4 }, () => held());
    let spawned: Promise<string> | undefined;
    const promises = jobs.map((job, index) =>
      run(() =>
        track(async () => {
          await job.done;
          // Fan-out: a finishing job asks for one more, while the queue is handing places over.
          if (index === 1) spawned = run(() => track(async () => 'spawned'));
          return String(index);
        }),
      ),
    );
    // Both running jobs finish in the same tick; two are waiting.
    jobs[0].release();
    jobs[1].release();
    jobs[2].release();
    jobs[3].release();
    expect(await Promise.all(promises)).to.deep.equal(['0', '1', '2', '3']);
    expect(await spawned).to.equal('spawned');
    expect(most).to.equal(2);
  });

  it('frees its place when a job fails', async () => {
    const run = limiter(1);
    await run(() => Promise.reject(new Error('boom'))).catch(() => undefined);
    expect(await run(async () => 'next')).to.equal('next');
  });
});
