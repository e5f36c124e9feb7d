import { describe, expect, it } from 'vitest';
import type { Entities } from '@lagebild/schema';
import { evaluateWith } from './evaluate.js';
import { baselineOf, dateKeys, formatReport, goldKeys, predictedKeys, regressions, scoreDocuments, scoreOf } from './score.js';

const span = (text: string) => ({ start: 0, end: text.length, text });
const entities = (over: Partial<Entities>): Entities => ({ dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [], ...over });

describe('scoring', () => {
  it('computes precision, recall and F1, with empty denominators as perfect', () => {
    expect(scoreOf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(scoreOf(3, 1, 2).f1).toBeCloseTo(2 / 3);
    expect(scoreOf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('keys dates by the days they name (a range by its first and last day), skipping month precision', () => {
    expect(dateKeys('2023-11-02T10:00:00+01:00')).toEqual(['2023-11-02']);
    expect(dateKeys('2023-11-02', '2023-11-05')).toEqual(['2023-11-02', '2023-11-05']);
    const predicted = predictedKeys(entities({
      dates: [
        { span: span('2. November'), value: '2023-11-02', precision: 'day', implied: ['year'] },
        { span: span('Ende November'), value: '2023-11-30', precision: 'month', implied: ['year', 'day'] },
        { span: span('Montag'), value: '2023-11-06', precision: 'day', implied: ['year', 'month', 'day'] },
      ],
    }));
    expect([...predicted.dates.keys()]).toEqual(['2023-11-02', '2023-11-06']);
  });

  it('micro-averages over documents and lists misses with the text of false positives', () => {
    const predicted = predictedKeys(entities({
      municipalities: [{ span: span('Werne'), ags: '05978040', name: 'Werne', district: { ags: '05978', name: 'Kreis Unna' }, state: 'NW', lat: 51.6, lon: 7.6, confidence: 0.9 }],
      serviceImpacts: [{ span: span('Standesamt geschlossen'), municipality: { ags: '05978040', name: 'Werne' }, service: 'civil-registry', status: 'outage', asOf: '2023-11-06', confidence: 0.8 }],
    }));
    const gold = goldKeys({
      municipalities: [{ ags: '05978040', name: 'Werne' }, { ags: '05978024', name: 'Lünen' }], districts: [], agencies: [], dates: [],
      serviceImpacts: [{ place: '05978040', service: 'civil-registry', status: 'degraded' }],
    });
    const report = scoreDocuments([{ id: 'd1', predicted, gold }]);
    expect(report.kinds.municipalities).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.kinds.impacts).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.misses).toContainEqual({ document: 'd1', kind: 'impacts', type: 'fp', key: '05978040/civil-registry/outage', text: 'Standesamt geschlossen' });
    expect(report.misses).toContainEqual({ document: 'd1', kind: 'municipalities', type: 'fn', key: '05978024', text: 'Lünen' });
    expect(formatReport(report)).toContain('municipalities');
  });

  it('scores a prediction of a doubtful gold impact neither way', () => {
    const impact = { span: span('Standesamt geschlossen'), municipality: { ags: '05978040', name: 'Werne' }, service: 'civil-registry' as const, status: 'outage' as const, asOf: '2023-11-06', confidence: 0.8 };
    const extractor = { extractEntities: () => entities({ serviceImpacts: [impact, { ...impact, service: 'library' as const }] }) };
    const report = evaluateWith([{
      id: 'd', text: 'x',
      gold: { municipalities: [], districts: [], agencies: [], dates: [], serviceImpacts: [], unscoredImpacts: [{ place: '05978040', service: 'civil-registry', status: 'outage' }] },
    }], extractor);
    expect(report.kinds.impacts).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('counts how the impacts found are dated where the gold gives the day, and lists the ones dated otherwise', () => {
    const closed = { span: span('Standesamt geschlossen'), municipality: { ags: '05978040', name: 'Werne' }, service: 'civil-registry' as const, status: 'outage' as const, asOf: '2023-11-02', confidence: 0.8 };
    const extractor = { extractEntities: () => entities({ serviceImpacts: [closed, { ...closed, service: 'library' as const, asOf: '2023-11-06T09:00:00+01:00' }] }) };
    const gold = (asOf: Record<string, string>) => ({
      municipalities: [], districts: [], agencies: [], dates: [],
      serviceImpacts: ['civil-registry', 'library', 'website'].map((service) => ({ place: '05978040', service, status: 'outage', asOf: asOf[service] })),
    });
    const report = evaluateWith([
      { id: 'a', text: 'x', gold: gold({ 'civil-registry': '2023-11-02', library: '2023-11-03', website: '2023-11-02' }) },
      { id: 'b', text: 'x', gold: gold({}) },
    ], extractor);
    // The website was not found: the impacts kind counts it, the asOf figure does not.
    expect(report.asOf).toEqual({
      dated: 2, agree: 1, misses: [{ document: 'a', key: '05978040/library/outage', gold: '2023-11-03', predicted: ['2023-11-06'] }],
    });
    expect(formatReport(report)).toContain('1 of 2 found impacts whose gold gives the day');
    expect(formatReport(report)).toContain('a  asOf  05978040/library/outage  gold 2023-11-03  extracted 2023-11-06');
  });

  it('reports kinds that fall more than the tolerance below a baseline', () => {
    const report = scoreDocuments([{ id: 'd', predicted: predictedKeys(entities({})), gold: goldKeys({ municipalities: [{ ags: '05978040' }], districts: [], agencies: [], dates: [], serviceImpacts: [] }) }]);
    const baseline = baselineOf(report);
    expect(regressions(report, baseline)).toEqual([]);
    expect(regressions(report, { ...baseline, municipalities: { precision: 1, recall: 1, f1: 1 } })).toHaveLength(1);
  });
});
