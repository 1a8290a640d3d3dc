import { fillLocation, locationTemplateOf } from './created-location';

const GETS = ['/api/v1/deaths/:id', '/api/v1/staff/:staffId', '/api/v1/children/:id', '/api/v1/children/:id/visits', '/api/v1/volunteers', '/api/v1/payrolls/:month/lines', '/api/v1/banks/:code'];

describe('locationTemplateOf', () => {
  it.each([
    ['/api/v1/deaths', '/api/v1/deaths/{id}', 'the item route below the collection'],
    ['/api/v1/staff', '/api/v1/staff/{staffId}', 'an item route naming its id otherwise'],
    ['/api/v1/banks', '/api/v1/banks/{code}', 'an item keyed by code'],
    ['/api/v1/payrolls', '/api/v1/payrolls/{month}/lines', 'a reading below the item'],
    ['/api/v1/children/:id/visits', '/api/v1/children/:id/visits', 'the same path read as the resource'],
    ['/api/v1/staff/:staffId/leave', '/api/v1/staff/:staffId', 'the resource an action acts on'],
    ['/api/v1/volunteers', '/api/v1/volunteers', 'the list that shows it, when no item route exists'],
  ])('POST %s -> %s (%s)', (path, template) => {
    expect(locationTemplateOf(path, GETS)).toMatchObject({ template });
  });

  it('names no reader when the app reads nothing on the way', () => {
    expect(locationTemplateOf('/api/v1/imports', GETS)).toEqual({ template: '/api/v1/imports/{id}', readBy: null });
  });

  it('takes an explicit template', () => {
    expect(locationTemplateOf('/api/v1/volunteers', GETS, '/api/v1/deaths/{id}')).toEqual({ template: '/api/v1/deaths/{id}', readBy: '/api/v1/deaths/:id' });
  });
});

describe('fillLocation', () => {
  it('fills path parameters from the request and fields from the body', () => {
    expect(fillLocation('/api/v1/children/:id/visits/{id}', { id: 'c1' }, { id: 'v 2' })).toBe('/api/v1/children/c1/visits/v%202');
  });

  it('takes the body id for an item named by another id, never for a field like month', () => {
    expect(fillLocation('/api/v1/staff/{staffId}', {}, { id: 's1' })).toBe('/api/v1/staff/s1');
    expect(fillLocation('/api/v1/payrolls/{month}/lines', {}, { id: 'p1' })).toBeNull();
    expect(fillLocation('/api/v1/payrolls/{month}/lines', {}, { id: 'p1', month: '2024-05' })).toBe('/api/v1/payrolls/2024-05/lines');
  });
});
