import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen. The scrolling box takes the keyboard's
 * focus (arrow keys scroll it) when the table holds nothing focusable, as for a reader.
 */
export function ScrollableTable({ labelledBy, minWidth, children }: { labelledBy: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="group" aria-labelledby={labelledBy}>
      {children}
    </Table.ScrollContainer>
  );
}
