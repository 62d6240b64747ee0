import { Anchor, Code, Stack, Table, Text, Title } from '@mantine/core';

/** For admins of a local stack: where each service's operational endpoints are (what / used to list). */
const SERVICES = [
  { name: 'ingest-api (writes)', port: 8081, path: '/q/swagger-ui' },
  { name: 'request-stream-processor', port: 8082, path: '/q/health' },
  { name: 'ai-enrichment-worker', port: 8083, path: '/q/health' },
  { name: 'payment-worker', port: 8084, path: '/q/health' },
  { name: 'notifier-worker', port: 8085, path: '/q/health' },
  { name: 'projections-service', port: 8080, path: '/q/health' },
];

export function ServicesPage() {
  const host = window.location.hostname;
  return (
    <Stack>
      <Title order={2}>Services</Title>
      <Table>
        <Table.Thead><Table.Tr><Table.Th>service</Table.Th><Table.Th>endpoint</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {SERVICES.map((s) => (
            <Table.Tr key={s.name}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td><Anchor href={`${window.location.protocol}//${host}:${s.port}${s.path}`}>:{s.port}{s.path}</Anchor></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text>Every event is on Kafka, e.g. <Code>kcat -b 127.0.0.1:9092 -C -t requests.events -o beginning</Code>.</Text>
    </Stack>
  );
}
