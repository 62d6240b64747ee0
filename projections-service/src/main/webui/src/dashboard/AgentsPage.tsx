import { Badge, Button, Group, Loader, Modal, NumberInput, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { AdminApi, type Agent, type AgentDetail, type Category } from '../api/admin';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import { useSession } from '../shared/hooks';
import { ProblemAlert } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { CategoryChecks, formatSeconds } from './DirectoryParts';
import { useAction, useSwitchAction } from './useAction';

/** How long the read model takes, typically, to show a directory write: the page reloads after it. */
export const SETTLE_MS = 1500;

/**
 * Agents: presence, open workload, handled requests, median handle time and CSAT; an agent switches
 * their own availability, an admin anyone's, and admins add and edit agents.
 */
export function AgentsPage({ client }: { client: ConciergeClient }) {
  const api = useMemo(() => new AdminApi(client), [client]);
  const session = useSession(client);
  const isAdmin = session?.role === 'admin';
  const agents = useLoad(useCallback(async () => {
    const page = await api.agents();
    return Promise.all(page.items.map((a) => api.agent(a.agentId)));
  }, [api]));
  const categories = useLoad(useCallback(() => api.categories(), [api]));
  const [editing, setEditing] = useState<Agent | 'new' | null>(null);
  const reloadSoon = () => setTimeout(agents.reload, SETTLE_MS);

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Agents</Title>
        {isAdmin && <Button id="new-agent" onClick={() => setEditing('new')}>New agent</Button>}
      </Group>
      <ProblemAlert error={agents.error} title="The agents could not be loaded" />
      {!agents.data && !agents.error && <Loader role="status" aria-label="Loading agents" />}
      {agents.data && agents.data.length === 0 && <Text>No agents yet.</Text>}
      {agents.data && agents.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table id="agents" aria-label="Agents" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Agent</Table.Th><Table.Th>Presence</Table.Th><Table.Th>Open / capacity</Table.Th>
                <Table.Th>Handled</Table.Th><Table.Th>Median handle time</Table.Th><Table.Th>CSAT</Table.Th><Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agents.data.map((detail) => (
                <AgentRow key={detail.agent.agentId} api={api} detail={detail} onEdit={isAdmin ? setEditing : null}
                  mayToggle={isAdmin || session?.subject === detail.agent.agentId} onChanged={reloadSoon} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New agent' : 'Edit agent'} size="lg">
        {editing !== null && (
          <AgentForm api={api} agent={editing === 'new' ? null : editing} categories={categories.data ?? []}
            onSaved={() => { setEditing(null); reloadSoon(); }} />
        )}
      </Modal>
    </Stack>
  );
}

function AgentRow({ api, detail, onEdit, mayToggle, onChanged }: {
  api: AdminApi; detail: AgentDetail; onEdit: ((agent: Agent) => void) | null; mayToggle: boolean; onChanged: () => void;
}) {
  const { agent, performance: p } = detail;
  const toggle = useSwitchAction(agent.online, (next) => api.setAgentOnline(agent.agentId, next, newIdempotencyKey()), onChanged);
  return (
    <Table.Tr data-agent-id={agent.agentId}>
      <Table.Td>
        <Text size="sm" fw={600}>{agent.name}</Text>
        <Text size="xs" c="dark.6" style={{ overflowWrap: 'anywhere' }}>{agent.email}{agent.zone ? ` · ${agent.zone}` : ''}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={agent.online ? 'green' : 'gray'} c="dark.9">{agent.online ? 'Online' : 'Offline'}</Badge>
      </Table.Td>
      <Table.Td>{p.openRequests} / {p.capacity}</Table.Td>
      <Table.Td>{p.handled}</Table.Td>
      <Table.Td>{formatSeconds(p.medianHandleSeconds)}</Table.Td>
      <Table.Td>{p.csat === null ? '—' : `${p.csat.toFixed(2)} (${p.ratings})`}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Switch label="Available" checked={toggle.checked} disabled={!mayToggle || toggle.busy}
              onChange={(e) => void toggle.switchTo(e.currentTarget.checked)} aria-label={`${agent.name} available`} />
            {onEdit && <Button size="xs" variant="default" onClick={() => onEdit(agent)} aria-label={`Edit ${agent.name}`}>Edit</Button>}
          </Group>
          <ProblemAlert error={toggle.error} title="Availability not changed" />
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function AgentForm({ api, agent, categories, onSaved }: {
  api: AdminApi; agent: Agent | null; categories: Category[]; onSaved: () => void;
}) {
  const [name, setName] = useState(agent?.name ?? '');
  const [email, setEmail] = useState(agent?.email ?? '');
  const [phone, setPhone] = useState(agent?.phone ?? '');
  const [zone, setZone] = useState(agent?.zone ?? '');
  const [capacity, setCapacity] = useState<number | string>(agent?.capacity ?? 10);
  const [skills, setSkills] = useState<string[]>(agent?.skills ?? []);
  const [key] = useState(newIdempotencyKey);
  const save = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await save.run(() => api.saveAgent({
      name: name.trim(), email: email.trim(), phone: phone.trim() || undefined, skills,
      capacity: Number(capacity), zone: zone.trim() || undefined,
    }, key, agent?.agentId));
    if (ok) onSaved();
  }
  return (
    <form onSubmit={submit} id="agent-form">
      <Stack gap="xs">
        <TextInput label="Name" id="agent-name" required value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
        <TextInput label="Email" id="agent-email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextInput label="Phone (optional)" id="agent-phone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
        <TextInput label="Zone (optional)" id="agent-zone" placeholder="bengaluru" value={zone} onChange={(e) => setZone(e.currentTarget.value)} />
        <NumberInput label="Capacity (open requests)" id="agent-capacity" min={1} max={100} value={capacity} onChange={setCapacity} />
        <CategoryChecks label="Skills" id="agent-skills" categories={categories} value={skills} onChange={setSkills} />
        <ProblemAlert error={save.error} title="The agent was not saved" />
        <Button type="submit" loading={save.busy} id="save-agent">Save</Button>
      </Stack>
    </form>
  );
}
