import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../ui/PasswordField';

/** Name and password of a new account (registration and invitation share them). */
export function NewPasswordFields(props: { displayName: string; password: string; onDisplayName(v: string): void; onPassword(v: string): void }) {
  const { t } = useTranslation('auth');
  return (
    <>
      <TextInput label={t('displayName')} autoComplete="name" required value={props.displayName} onChange={(e) => props.onDisplayName(e.currentTarget.value)} />
      <PasswordField
        label={t('password')}
        description={t('passwordHint')}
        autoComplete="new-password"
        required
        value={props.password}
        onChange={(e) => props.onPassword(e.currentTarget.value)}
      />
    </>
  );
}
