import { registerEnumType } from '@nestjs/graphql';

export enum LocaleEnum {
  fr = 'fr',
  en = 'en',
}
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Language of e-mails, PDFs and the web app.' });
