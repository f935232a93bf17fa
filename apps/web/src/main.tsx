import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { shellMessageList } from './app/messages';
import { createRouter } from './app/routes';
import { startI18n } from './i18n/i18n';

startI18n(shellMessageList);
// Before the first render: the first page's code, strings and queries leave now, not after React has drawn the shell.
const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App router={router} />
  </StrictMode>,
);
