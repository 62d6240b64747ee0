import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { ConciergeClient, NewRequest } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { CustomerProfile, SavedAddress } from '../api/types';
import { NewRequestPage } from './NewRequestPage';

const home: SavedAddress = {
  addressId: 'adr_home', label: 'Home', defaultAddress: true,
  address: { line1: '12 MG Road', city: 'Bengaluru', pincode: '560001', location: { lat: 12.9756, lon: 77.605 } },
};
const work: SavedAddress = {
  addressId: 'adr_work', label: 'Work', defaultAddress: false,
  address: { line1: '1 Residency Rd', city: 'Bengaluru', pincode: '560025', location: { lat: 12.9667, lon: 77.6007 } },
};

function page(me: () => Promise<CustomerProfile>) {
  const sent: NewRequest[] = [];
  const client = {
    me: vi.fn(me),
    createRequest: vi.fn(async (request: NewRequest) => { sent.push(request); return { eventId: 'e', requestId: 'req_1' }; }),
    uploadMedia: vi.fn(),
    read: vi.fn(async () => ({ mapTileUrl: null, mapAttribution: null })), // GET /v1/web-config: no map tiles
  } as unknown as ConciergeClient;
  render(<MantineProvider><MemoryRouter><NewRequestPage client={client} /></MemoryRouter></MantineProvider>);
  return sent;
}

const profile = (addresses: SavedAddress[]) => async () => ({ customerId: 'cus_1', erased: false, addresses });

describe('the new-request page with saved addresses', () => {
  it('offers the saved addresses with the default chosen, and sends its coordinates', async () => {
    const sent = page(profile([work, home]));
    const homeChoice = await screen.findByLabelText('Home (default)') as HTMLInputElement;
    expect(homeChoice.checked).toBe(true);
    expect(screen.queryByLabelText(/House and street/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Describe it'), { target: { value: 'Dolo 650' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].deliveryAddress?.line1).toBe('12 MG Road');
    expect(sent[0].deliveryAddress?.location).toEqual({ lat: 12.9756, lon: 77.605 });
  });

  it('sends another saved address when the customer picks it', async () => {
    const sent = page(profile([home, work]));
    fireEvent.click(await screen.findByLabelText('Work'));
    fireEvent.change(screen.getByLabelText('Describe it'), { target: { value: 'Dolo 650' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].deliveryAddress?.location).toEqual({ lat: 12.9667, lon: 77.6007 });
  });

  it('opens the typed address and pin for another address, and checks it', async () => {
    const sent = page(profile([home]));
    fireEvent.click(await screen.findByLabelText('Another address'));
    fireEvent.change(screen.getByLabelText('Describe it'), { target: { value: 'Dolo 650' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Enter the house and street')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('shows only the typed address for a customer without a profile yet', async () => {
    page(async () => { throw new ApiProblem(404, 'Not Found', undefined, []); });
    expect(await screen.findByLabelText(/House and street/)).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });
});
