import { createTheme } from '@mantine/core';

// Colours chosen for contrast (WCAG AA on white): the primary shade is dark enough for text.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 7 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'md',
});
