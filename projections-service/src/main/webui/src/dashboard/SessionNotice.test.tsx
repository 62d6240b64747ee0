import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConciergeClient } from '../api/client';
import type { SessionHealth } from '../api/session';
import { SessionNotice } from './SessionNotice';

function show(health: SessionHealth, client: Partial<ConciergeClient> = {}) {
  return render(<MantineProvider><SessionNotice client={client as ConciergeClient} health={health} /></MantineProvider>);
}

describe('the session notice', () => {
  it('shows nothing while the session is fine', () => {
    show('ok');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks to sign in again, right there, when the session ended', async () => {
    const login = vi.fn(async () => ({}));
    show('ended', { login } as unknown as ConciergeClient);
    expect(screen.getByRole('alert').textContent).toContain('Your session has ended');
    fireEvent.change(screen.getByLabelText(/E-mail/), { target: { value: ' asha@concierge.local ' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(login).toHaveBeenCalledWith('asha@concierge.local', 'secret'));
  });

  it('says the session could not be renewed and tries again on request', async () => {
    const refresh = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    show('refresh-failing', { auth: { refresh } } as unknown as ConciergeClient);
    expect(screen.getByRole('alert').textContent).toContain('Your session could not be renewed');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
