import { AppShell, Burger, Button, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { lazy, Suspense, useRef } from 'react';
import { useDisclosure } from '@mantine/hooks';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ConciergeClient } from '../api/client';
import type { Session } from '../api/types';
import { useSession, useSessionHealth } from '../shared/hooks';
import { LiveProvider } from '../shared/live';
import { Providers } from '../shared/ui';
import { AgentsPage } from './AgentsPage';
import { InboxPage } from './InboxPage';
import { LoginPage } from './LoginPage';
import { RequestDetailPage } from './RequestDetailPage';
import { ServicesPage } from './ServicesPage';
import { SessionNotice } from './SessionNotice';
import { StoresPage } from './StoresPage';

const client = new ConciergeClient('concierge.dashboard.session');

// the chart pages load the charting library only when opened: the inbox stays a small download
const PaymentsPage = lazy(() => import('./PaymentsPage').then((m) => ({ default: m.PaymentsPage })));
const AnalyticsPage = lazy(() => import('./AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })));

/** Pages of the dashboard and who sees them in the navigation (the APIs enforce the same roles). */
const PAGES = [
  { path: '/', label: 'Requests', roles: ['agent', 'admin'] },
  { path: '/agents', label: 'Agents', roles: ['agent', 'admin'] },
  { path: '/stores', label: 'Stores', roles: ['agent', 'admin'] },
  { path: '/payments', label: 'Payments', roles: ['admin'] },
  { path: '/analytics', label: 'Analytics', roles: ['admin'] },
  { path: '/services', label: 'Services', roles: ['admin'] },
];

/** The admin dashboard at /: staff sign in, then the live requests inbox. */
export function DashboardApp() {
  return (
    <Providers>
      <BrowserRouter>
        <Dashboard />
      </BrowserRouter>
    </Providers>
  );
}

function Dashboard() {
  const current = useSession(client);
  const health = useSessionHealth(client);
  // a session that ended on its own keeps its page (and the text typed there) under a notice to sign in
  // again; signing in as the same person carries on in place, as someone else starts afresh
  const last = useRef<Session | null>(current);
  if (current) last.current = current;
  const session = current ?? (health === 'ended' ? last.current : null);
  if (!session) return <LoginPage client={client} />;
  if (!['agent', 'admin'].includes(session.role)) {
    return <LoginPage client={client} notice="This dashboard is for Concierge staff. Sign in with a staff account." />;
  }
  return <LiveProvider client={client} key={session.subject}><Shell session={session} /></LiveProvider>;
}

function Shell({ session }: { session: Session }) {
  const health = useSessionHealth(client);
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const pages = PAGES.filter((page) => page.roles.includes(session.role));
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h3">Concierge</Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs" data-role={session.role}>{session.role}</Text>
            <Button variant="default" size="xs" onClick={() => void client.logout()}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {pages.map((page) => (
          <NavLink key={page.path} component={Link} to={page.path} label={page.label} onClick={close} variant="filled"
            active={page.path === '/' ? location.pathname === '/' || location.pathname.startsWith('/requests')
              : location.pathname.startsWith(page.path)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <SessionNotice client={client} health={health} />
        <Suspense fallback={<Loader role="status" aria-label="Loading the page" />}>
          <Routes>
            <Route path="/" element={<InboxPage client={client} />} />
            <Route path="/requests/:requestId" element={<RequestDetailPage client={client} />} />
            <Route path="/agents" element={<AgentsPage client={client} />} />
            <Route path="/stores" element={<StoresPage client={client} />} />
            {session.role === 'admin' && <Route path="/payments" element={<PaymentsPage client={client} />} />}
            {session.role === 'admin' && <Route path="/analytics" element={<AnalyticsPage client={client} />} />}
            {session.role === 'admin' && <Route path="/services" element={<ServicesPage />} />}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
