import { serviceUrls } from '../../scripts/load-reference';

describe('serviceUrls', () => {
  it('takes each service from <SERVICE>_URL, localhost on its port otherwise', () => {
    expect(serviceUrls({ DATA_EXCHANGE_URL: 'http://data-exchange:3007', CIVIL_REGISTRATION_URL: 'http://cr:9001' })).toEqual({
      'civil-registration': 'http://cr:9001',
      'social-assistance': 'http://127.0.0.1:3002',
      'elderly-care': 'http://127.0.0.1:3003',
      'child-welfare': 'http://127.0.0.1:3004',
      canteen: 'http://127.0.0.1:3005',
      payments: 'http://127.0.0.1:3006',
      'data-exchange': 'http://data-exchange:3007',
    });
  });
});
