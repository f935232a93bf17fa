import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/i18n';

/** Says a change was recorded, in a notification whose close button is named (axe requires it). */
export function notifyDone(message: string) {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': i18n.t('common:close') } });
}

/** Says a request was refused, in a notification whose close button is named. */
export function notifyError(message: string) {
  notifications.show({ color: 'red', message, closeButtonProps: { 'aria-label': i18n.t('common:close') } });
}
