import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { AdminApi, Agent, BulkCommand } from '../api/admin';
import { newIdempotencyKey } from '../api/client';
import { ProblemAlert } from '../shared/ui';
import { summarizeBulk, type BulkSummary } from './bulk';
import { useAction } from './useAction';

/**
 * Admins' actions on the selected requests: assign them to one agent, or cancel them with a reason,
 * through POST /v1/requests:bulk; shows what happened to each request.
 */
export function BulkBar({ api, agents, selected, onDone }: {
  api: AdminApi; agents: Agent[]; selected: string[]; onDone: () => void;
}) {
  const [agentId, setAgentId] = useState('');
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState<BulkSummary | null>(null);
  const action = useAction();
  const { busy, error } = action;

  function run(command: BulkCommand, verb: string) {
    setSummary(null);
    void action.run(async () => {
      setSummary(summarizeBulk(await api.bulk(command, selected, newIdempotencyKey()), verb));
      onDone();
    });
  }

  return (
    <Paper withBorder p="sm" id="bulk-bar" aria-labelledby="bulk-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="bulk-title">{selected.length} selected</Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label="Assign to agent" id="bulk-agent" value={agentId} onChange={(e) => setAgentId(e.currentTarget.value)}
            data={[{ value: '', label: 'Choose an agent' }, ...agents.map((a) => ({ value: a.agentId, label: `${a.name}${a.online ? '' : ' (offline)'}` }))]} />
          <Button id="bulk-assign" disabled={!agentId || selected.length === 0} loading={busy}
            onClick={() => run({ command: 'AssignAgent', params: { agentId } }, 'Assign')}>Assign selected</Button>
        </Group>
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Cancel reason" id="bulk-reason" value={reason} maxLength={500}
            onChange={(e) => setReason(e.currentTarget.value)} />
          <Button id="bulk-cancel" color="red.9" disabled={!reason.trim() || selected.length === 0} loading={busy}
            onClick={() => run({ command: 'CancelRequest', params: { reason: reason.trim() } }, 'Cancel')}>Cancel selected</Button>
        </Group>
        <ProblemAlert error={error} title="The bulk action was not sent" />
        {summary && <BulkResults summary={summary} />}
      </Stack>
    </Paper>
  );
}

function BulkResults({ summary }: { summary: BulkSummary }) {
  return (
    <Alert color={summary.allAccepted ? 'green' : 'orange'} title={summary.headline} id="bulk-results" role="status">
      <Text size="sm">Accepted commands are processed next; a request whose state does not allow it shows a rejection on its timeline.</Text>
      <List size="sm" mt="xs">
        {summary.lines.map((line) => (
          <List.Item key={line.requestId} data-request-id={line.requestId} data-accepted={line.accepted}>
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>{line.requestId}: {line.accepted ? 'accepted' : `rejected (${line.reason})`}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
