import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
// Already run by index.html's first script; imported so that it runs first whichever way the app starts.
import './first-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createRouter } from './app/routes';

// Before the first render: the first page's code, strings and queries leave now, not after React has drawn the shell.
const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App router={router} />
  </StrictMode>,
);
