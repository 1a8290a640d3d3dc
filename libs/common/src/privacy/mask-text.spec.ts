import { maskResidentId } from '../resident-id/resident-id';
import { maskResidentIdsIn } from './mask-text';

describe('maskResidentIdsIn', () => {
  const id = '11010519491231002X';

  it.each([
    ['a request path', `/api/v1/elders/${id}`, `/api/v1/elders/${maskResidentId(id)}`],
    ['a field path', `children.${id}.name`, `children.${maskResidentId(id)}.name`],
    ['two IDs in a sentence', `${id} and 110105194912310029`, `${maskResidentId(id)} and ${maskResidentId('110105194912310029')}`],
  ])('masks the ID in %s', (_what, text, expected) => {
    expect(maskResidentIdsIn(text)).toBe(expected);
  });

  it('leaves other numbers alone', () => {
    expect(maskResidentIdsIn('/api/v1/payrolls/2024-07 paid 1234567890123456 fen')).toBe('/api/v1/payrolls/2024-07 paid 1234567890123456 fen');
  });
});
