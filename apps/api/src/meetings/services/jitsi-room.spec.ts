import { httpUrl, jitsiRoomFor, readableSlug } from './jitsi-room';

describe('the video room of a meeting', () => {
  it('is a Jitsi Meet room named after the title, with 16 random characters that cannot be guessed', () => {
    const link = jitsiRoomFor('Assemblée générale ordinaire 2026');
    expect(link).toMatch(/^https:\/\/meet\.jit\.si\/assemblee-generale-ordinaire-2026-[a-km-np-z2-9]{16}$/);
    const many = new Set(Array.from({ length: 200 }, () => jitsiRoomFor('CA')));
    expect(many.size).toBe(200);
  });

  it('keeps the readable prefix short and plain', () => {
    expect(readableSlug("Conseil d'administration du 20 janvier 2026")).toBe('conseil-d-administration-du-20-janvier');
    expect(readableSlug('« !! »')).toBe('reunion');
  });

  it('accepts only http(s) addresses as a given link', () => {
    expect(httpUrl(' https://visio.example.org/ca ')).toBe('https://visio.example.org/ca');
    expect(httpUrl('http://example.org')).toBe('http://example.org/');
    for (const refused of ['javascript:alert(1)', 'mailto:a@b.c', 'ftp://x.org', 'visio', '']) expect(httpUrl(refused)).toBeNull();
  });
});
