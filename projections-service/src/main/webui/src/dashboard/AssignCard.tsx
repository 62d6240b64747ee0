import { Button, Card, Group, NativeSelect, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { AdminApi } from '../api/admin';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import type { RequestSnapshot } from '../api/types';
import { useSession } from '../shared/hooks';
import { ProblemAlert } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { assignableAgents, assignOffer } from './assignment';
import { useAction } from './useAction';

/**
 * Who has the request, and assigning it by hand (`AssignAgent`): an admin picks one of the online agents,
 * an agent takes an unassigned request. The new agent shows once the processor's snapshot comes back on
 * the stream; a manual assignment always wins over the automatic one.
 */
export function AssignCard({ client, request }: { client: ConciergeClient; request: RequestSnapshot }) {
  const session = useSession(client);
  const offer = session ? assignOffer(session, request.status, request.agentId) : { kind: 'none' as const };
  return (
    <Card withBorder id="assignment" aria-labelledby="assignment-title">
      <Title order={3} size="h4" id="assignment-title">Agent</Title>
      <Text size="sm" id="assigned-agent" data-agent-id={request.agentId ?? ''}>
        {request.agentId ? `Assigned to ${request.agentId}` : 'Nobody has this request yet.'}
      </Text>
      {offer.kind === 'pick' && <PickAgent client={client} request={request} />}
      {offer.kind === 'take' && <TakeRequest client={client} request={request} agentId={offer.agentId} />}
    </Card>
  );
}

function TakeRequest({ client, request, agentId }: { client: ConciergeClient; request: RequestSnapshot; agentId: string }) {
  const action = useAction();
  return (
    <>
      <Button mt="sm" id="take-request" loading={action.busy} disabled={action.done}
        onClick={() => void action.run(() => client.command(request.requestId, 'AssignAgent', { agentId }, newIdempotencyKey()))}>
        Take this request
      </Button>
      {action.done && <Text size="sm" role="status">Sent: the request will show you as its agent in a moment.</Text>}
      <ProblemAlert error={action.error} title="The request was not assigned" />
    </>
  );
}

function PickAgent({ client, request }: { client: ConciergeClient; request: RequestSnapshot }) {
  const api = useMemo(() => new AdminApi(client), [client]);
  const online = useLoad(useCallback(() => api.agents({ online: true }), [api]));
  const [chosen, setChosen] = useState('');
  const action = useAction();
  const agents = assignableAgents(online.data?.items ?? [], request.agentId);
  const agentId = agents.some((a) => a.agentId === chosen) ? chosen : '';

  return (
    <>
      <Group align="flex-end" mt="sm" wrap="wrap">
        <NativeSelect label="Assign to" id="assign-agent" value={agentId} onChange={(e) => setChosen(e.currentTarget.value)}
          data={[{ value: '', label: agents.length ? 'Choose an online agent' : 'No other agent is online' },
            ...agents.map((a) => ({ value: a.agentId, label: `${a.name} (${a.agentId})` }))]} />
        <Button id="assign" disabled={!agentId} loading={action.busy}
          onClick={() => void action.run(() => client.command(request.requestId, 'AssignAgent', { agentId }, newIdempotencyKey()))}>
          Assign
        </Button>
      </Group>
      {action.done && <Text size="sm" role="status">Sent: the request will show its new agent in a moment.</Text>}
      <ProblemAlert error={online.error} title="The online agents could not be loaded" />
      <ProblemAlert error={action.error} title="The request was not assigned" />
    </>
  );
}
