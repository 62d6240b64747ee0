import { describe, expect, it } from 'vitest';
import { readUntil } from './hooks';

describe('readUntil', () => {
  it('reads again until the read model shows the write', async () => {
    const answers = [{ name: null }, { name: null }, { name: 'Asha' }];
    let reads = 0;
    const profile = await readUntil(async () => answers[reads++], (p) => p.name === 'Asha', 5, 1);
    expect(profile.name).toBe('Asha');
    expect(reads).toBe(3);
  });

  it('gives the last answer when the tries run out, and the failure when the last read failed', async () => {
    expect(await readUntil(async () => 1, (n) => n === 2, 3, 1)).toBe(1);
    await expect(readUntil(async () => { throw new Error('404'); }, () => true, 2, 1)).rejects.toThrow('404');
  });
});
