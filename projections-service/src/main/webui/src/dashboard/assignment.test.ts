import { describe, expect, it } from 'vitest';
import type { Agent } from '../api/admin';
import { assignableAgents, assignOffer } from './assignment';

const admin = { role: 'admin', subject: 'adm_1' };
const agent = { role: 'agent', subject: 'agt_7' };
const online = (agentId: string, name: string, isOnline = true) =>
  ({ agentId, name, email: `${agentId}@x`, skills: [], capacity: 5, online: isOnline }) as Agent;

describe('assigning a request by hand', () => {
  it('lets an admin pick an agent for any open request, assigned or not', () => {
    expect(assignOffer(admin, 'SOURCING', null)).toEqual({ kind: 'pick' });
    expect(assignOffer(admin, 'NEEDS_INFO', 'agt_2')).toEqual({ kind: 'pick' });
  });

  it('lets an agent take an unassigned request for themselves, and only that', () => {
    expect(assignOffer(agent, 'NEW', null)).toEqual({ kind: 'take', agentId: 'agt_7' });
    expect(assignOffer(agent, 'SOURCING', 'agt_2')).toEqual({ kind: 'none' });
    expect(assignOffer(agent, 'SOURCING', 'agt_7')).toEqual({ kind: 'none' });
  });

  it('offers nothing once the request is closed', () => {
    for (const status of ['DELIVERED', 'CANCELLED', 'REFUNDED', 'UNAVAILABLE'] as const) {
      expect(assignOffer(admin, status, null)).toEqual({ kind: 'none' });
      expect(assignOffer(agent, status, null)).toEqual({ kind: 'none' });
    }
  });

  it('lists online agents by name, leaving out the one who has the request', () => {
    const agents = [online('agt_3', 'Zoya'), online('agt_1', 'Arun'), online('agt_2', 'Meera'), online('agt_4', 'Dev', false)];
    expect(assignableAgents(agents, 'agt_2').map((a) => a.name)).toEqual(['Arun', 'Zoya']);
  });
});
