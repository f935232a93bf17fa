import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AuthCard } from './AuthCard';
import { ConfirmRegistrationMutation } from './auth.operations';
import { fragmentToken } from './fragment-token';
import { NewPasswordFields } from './NewPasswordFields';
import { sessionStore } from '../api/session-store';

/** The page of the link in the registration e-mail: /registration#<token>. */
export function ConfirmRegistrationPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [token] = useState(fragmentToken);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [result, confirm] = useMutation(ConfirmRegistrationMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await confirm({ input: { token, displayName, password } });
    if (answer.data) {
      const { token: sessionToken, account } = answer.data.confirmRegistration;
      sessionStore.signIn({ token: sessionToken, displayName: account.displayName, email: account.email });
      void navigate('/', { replace: true });
    }
  };

  return (
    <AuthCard title={t('confirmTitle')}>
      {!token ? (
        <Alert color="red">{t('missingToken')}</Alert>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text>{t('confirmIntro')}</Text>
            <NewPasswordFields displayName={displayName} password={password} onDisplayName={setDisplayName} onPassword={setPassword} />
            <ErrorAlert error={result.error} />
            <Button type="submit" loading={result.fetching}>
              {t('createAccount')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
