import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../ui/PasswordField';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AuthCard } from './AuthCard';
import { LogInMutation } from './auth.operations';
import { sessionStore } from '../api/session-store';

/** Only a path of this site: never another origin (an open redirect). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function SignInPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, logIn] = useMutation(LogInMutation);
  const expired = sessionStore.wasExpired();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await logIn({ email, password });
    if (answer.data) {
      const { token, account } = answer.data.logIn;
      sessionStore.signIn({ token, displayName: account.displayName, email: account.email });
      void navigate(safeNext(params.get('next')), { replace: true });
    }
  };

  return (
    <AuthCard title={t('signInTitle')}>
      {expired && <Alert color="yellow">{t('expired')}</Alert>}
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <TextInput label={t('email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordField label={t('password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching}>
            {t('signIn')}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        {t('noAccount')}{' '}
        <Anchor component={Link} to="/register">
          {t('register')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
