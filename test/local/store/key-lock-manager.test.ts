import { KeyLockManager } from '../../../local/store/key-lock-manager';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyLockManager', () => {
  it('lets one holder at a time have a key, in the order they asked', async () => {
    const locks = new KeyLockManager();
    const order: string[] = [];
    const releaseFirst = await locks.acquire(['k']);
    const second = locks.acquire(['k']).then((release) => {
      order.push('second');
      release();
    });
    const third = locks.acquire(['k']).then((release) => {
      order.push('third');
      release();
    });
    await tick();
    expect(order).toEqual([]);
    releaseFirst();
    await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
  });

  it('does not make holders of other keys wait', async () => {
    const locks = new KeyLockManager();
    const releaseA = await locks.acquire(['a']);
    const releaseB = await locks.acquire(['b']);
    releaseA();
    releaseB();
  });

  it('takes overlapping key sets without deadlock, whatever order they are given in', async () => {
    const locks = new KeyLockManager();
    const holders = Array.from({ length: 20 }, (_, i) =>
      locks.acquire(i % 2 ? ['x', 'y', 'z'] : ['z', 'y', 'x', 'x']).then(async (release) => {
        await tick();
        release();
      }),
    );
    await Promise.all(holders);
    expect(locks.busyKeyCount).toBe(0);
  });

  it('forgets keys once nobody holds or waits for them', async () => {
    const locks = new KeyLockManager();
    const release = await locks.acquire(['a', 'b']);
    expect(locks.busyKeyCount).toBe(2);
    release();
    expect(locks.busyKeyCount).toBe(0);
  });
});
