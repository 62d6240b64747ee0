import { AppShell, Button, Group, Title } from '@mantine/core';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { ConciergeClient } from '../api/client';
import { useSession } from '../shared/hooks';
import { LiveProvider } from '../shared/live';
import { Providers } from '../shared/ui';
import { HistoryPage } from './HistoryPage';
import { NewRequestPage } from './NewRequestPage';
import { ProfilePage } from './ProfilePage';
import { RequestPage } from './RequestPage';
import { SignInPage } from './SignInPage';

const client = new ConciergeClient('concierge.app.session');

/** The customer web chat, served at /app (projections-service falls back to this page for deep links). */
export function ChatApp() {
  return (
    <Providers>
      <BrowserRouter basename="/app">
        <ChatShell />
      </BrowserRouter>
    </Providers>
  );
}

function ChatShell() {
  const session = useSession(client);
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3"><Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>Concierge</Link></Title>
          {session && (
            <Group gap="xs" wrap="nowrap">
              <Button component={Link} to="/new" size="xs" visibleFrom="xs">New request</Button>
              <Button component={Link} to="/profile" size="xs" variant="light" c="dark.9" id="profile-link">Profile</Button>
              <Button variant="default" size="xs" onClick={() => void client.logout()}>Sign out</Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Main maw={760} mx="auto">
        {session ? (
          <LiveProvider client={client} key={session.subject}>
            <Routes>
              <Route path="/" element={<HistoryPage client={client} />} />
              <Route path="/new" element={<NewRequestPage client={client} />} />
              <Route path="/requests/:requestId" element={<RequestPage client={client} />} />
              <Route path="/profile" element={<ProfilePage client={client} />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </LiveProvider>
        ) : (
          <SignInPage client={client} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
