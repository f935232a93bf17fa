import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n/i18n';

/**
 * FR | EN, the language in use pressed. Two buttons rather than a segmented control: its sliding
 * indicator measures the page after every render, a forced layout of the whole page (the
 * register's table included) before the first paint.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <Button.Group aria-label={t('language')}>
      {LANGUAGES.map((language) => {
        const current = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-xs"
            variant={current ? 'filled' : 'default'}
            aria-pressed={current}
            lang={language}
            onClick={() => current || setLanguage(language)}
          >
            {language.toUpperCase()}
          </Button>
        );
      })}
    </Button.Group>
  );
}
