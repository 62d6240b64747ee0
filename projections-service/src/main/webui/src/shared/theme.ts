import { createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

// Shade 8 of the primary colour and gray 7 for secondary text keep white-on-colour buttons and
// muted text above WCAG AA contrast (4.5:1); Mantine's defaults (shade 6, gray 6) fall below it.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // a dialog's close button is an icon only: without a name a screen reader announces "button" (axe: button-name)
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
