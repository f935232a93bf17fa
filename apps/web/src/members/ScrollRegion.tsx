import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's frame: on a narrow screen it scrolls sideways, and it takes the keyboard's
 * focus so the arrow keys scroll it too (a region named like its table).
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
