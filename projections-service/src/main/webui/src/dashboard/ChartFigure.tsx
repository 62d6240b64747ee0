import { Paper, Text, Title } from '@mantine/core';
import '@mantine/charts/styles.css';
import type { ReactNode } from 'react';

/** A chart with its title as the figure's caption, so it is named for screen readers and the page outline. */
export function ChartFigure({ title, id, children, note }: { title: string; id: string; children: ReactNode; note?: string }) {
  return (
    <Paper withBorder p="md" component="figure" m={0} id={id} aria-labelledby={`${id}-title`}>
      <Title order={3} size="h4" id={`${id}-title`} mb="sm">{title}</Title>
      {children}
      {note && <Text size="xs" c="dark.6" mt="xs" component="figcaption">{note}</Text>}
    </Paper>
  );
}
