import { Modal, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** A modal dialog whose close button is named in the person's language, full screen on a phone unless told otherwise. */
export function Dialog({ fullScreenOnPhone = true, ...props }: ModalProps & { fullScreenOnPhone?: boolean }) {
  const { t } = useTranslation('common');
  const phone = useMediaQuery('(max-width: 48em)');
  return <Modal fullScreen={fullScreenOnPhone && phone} closeButtonProps={{ 'aria-label': t('close') }} {...props} />;
}
