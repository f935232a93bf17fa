import { requestLocale } from './request-locale';

const asking = (header: string | undefined) => requestLocale({ headers: { 'accept-language': header } });

describe('the language of a request', () => {
  it('is French when the request names no language, or only others', () => {
    expect(asking(undefined)).toBe('fr');
    expect(asking('')).toBe('fr');
    expect(asking('de-DE, es;q=0.8')).toBe('fr');
  });

  it('follows the quality values, not the order of the header', () => {
    expect(asking('fr;q=0.1, en;q=0.9')).toBe('en');
    expect(asking('en;q=0.2, fr;q=0.8')).toBe('fr');
    expect(asking('en-GB')).toBe('en');
    expect(asking('de, en;q=0.5')).toBe('en');
  });

  it('keeps French first when both are equally welcome and French comes first', () => {
    expect(asking('fr-FR, en')).toBe('fr');
    expect(asking('en, fr')).toBe('en');
  });
});
