import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { Language } from '../i18n/i18n';
import { AuthCard } from './AuthCard';
import { RegisterMutation } from './auth.operations';

export function RegisterPage() {
  const { t, i18n } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [result, register] = useMutation(RegisterMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await register({ input: { email, locale: i18n.language as Language } });
  };

  return (
    <AuthCard title={t('registerTitle')}>
      {result.data ? (
        <Alert color="green" role="status">
          {t('registerSent')}
        </Alert>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text>{t('registerIntro')}</Text>
            <TextInput label={t('email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <ErrorAlert error={result.error} />
            <Button type="submit" loading={result.fetching}>
              {t('sendLink')}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">
        {t('haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('signIn')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
