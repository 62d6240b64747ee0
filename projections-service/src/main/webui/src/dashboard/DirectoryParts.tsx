import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import type { Category } from '../api/admin';

/** Categories of the shared taxonomy as checkboxes (store categories, agent skills). */
export function CategoryChecks({ label, categories, value, onChange, error, id }: {
  label: string; categories: Category[]; value: string[]; onChange: (next: string[]) => void; error?: string; id: string;
}) {
  return (
    <div id={id}>
      <Checkbox.Group label={label} value={value} onChange={onChange} error={error}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
          {categories.map((c) => <Checkbox key={c.id} value={c.id} label={c.name} />)}
        </SimpleGrid>
      </Checkbox.Group>
    </div>
  );
}

/** "42 s", "3 min 05 s", "1 h 20 min": a duration in seconds as people say it; "—" for none. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** A rate 0–1 as a whole percentage; "—" when there is nothing to divide by. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)} %`;
}

export function Muted({ children }: { children: string }) {
  return <Text size="sm" c="dark.6">{children}</Text>;
}
