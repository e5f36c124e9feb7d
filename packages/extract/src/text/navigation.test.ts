import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';
import { breadcrumbRanges, teaserRanges } from './navigation.js';

const crumbs = (text: string) => breadcrumbRanges(text).map((r) => text.slice(r.start, r.end).trim());

describe('numbered breadcrumbs', () => {
  it('finds the items before the last, one item per line or all on one line', () => {
    expect(crumbs('1. Saarland\n  2. Saarlouis\n  3. Saarwellingen\n\nRathaus Saarwellingen geschlossen')).toEqual(['1. Saarland\n  2. Saarlouis']);
    expect(crumbs('1. Home 2. Regionales 3. Hamburg 4. Eiszeit im Kieler Rathaus')).toEqual(['1. Home 2. Regionales 3. Hamburg']);
  });
  it('leaves numbered sentences and short lists alone', () => {
    expect(crumbs('1. Die Stadt Werne hat das Rathaus geschlossen. 2. Der Grund ist ein Stromausfall. 3. Es öffnet morgen.')).toEqual([]);
    expect(crumbs('Die Reihenfolge:\n1. Werne 2. Lünen\n')).toEqual([]);
    expect(crumbs('Am 1. Mai 2. Etage 3. Tür')).toEqual([]);
  });
  it('keeps a site\'s sections out of the places, the page\'s own subject in', () => {
    const text = '1. Saarland\n  2. Saarlouis\n  3. Saarwellingen\n\nRathaus Saarwellingen öffnet wieder.';
    const names = extractEntities(text, { publishedAt: '2023-11-06T12:00:00+01:00' }).municipalities.map((m) => m.name);
    expect(names).toContain('Saarwellingen');
    expect(names).not.toContain('Saarlouis');
  });
});

describe('teasers of other articles', () => {
  const teasers = (text: string) => teaserRanges(text).map((r) => text.slice(r.start, r.end).trim());
  it('takes the headlines after a teaser heading, up to the first line of body text', () => {
    const text = 'Das Rathaus in Werne bleibt geschlossen.\n\nAuch interessant\n\nMeistgelesen\n\nUnfall nahe Landshut\nSkandal in Regensburg: Wohnung gesucht\n\nKommentare';
    expect(teasers(text)).toEqual(['Auch interessant\n\nMeistgelesen\n\nUnfall nahe Landshut\nSkandal in Regensburg: Wohnung gesucht\n\nKommentare']);
    expect(teasers('Auch interessant\nKunden der Bibliothek können auf alle anderen Standorte in Lünen ausweichen.')).toEqual(['Auch interessant']);
  });
  it('leaves texts without a teaser heading alone', () => {
    expect(teasers('Das Rathaus ist auch interessant für Besucher aus Lünen.\nMehr zum Thema steht auf der Website.')).toEqual([]);
  });
  it('keeps the teasers\' places out, the article\'s in', () => {
    const text = 'Das Rathaus in Werne bleibt geschlossen.\n\nAuch interessant\n\nUnfall nahe Landshut\n';
    const names = extractEntities(text, { publishedAt: '2023-11-06T12:00:00+01:00' }).municipalities.map((m) => m.name);
    expect(names).toContain('Werne');
    expect(names).not.toContain('Landshut');
  });
});
