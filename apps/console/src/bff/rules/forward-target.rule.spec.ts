import { forwardTarget } from './forward-target.rule';

const services = { 'social-assistance': 'http://127.0.0.1:3002', canteen: 'https://gateway.example/canteen' };

describe('forwardTarget', () => {
  it.each([
    ['/api/svc/social-assistance/api/v1/households', 'http://127.0.0.1:3002/api/v1/households'],
    ['/api/svc/social-assistance/api/v1/households?page=2&q=%E5%BC%A0', 'http://127.0.0.1:3002/api/v1/households?page=2&q=%E5%BC%A0'],
    ['/api/svc/social-assistance/health/ready', 'http://127.0.0.1:3002/health/ready'],
    ['/api/svc/canteen/api/v1/meals/7', 'https://gateway.example/canteen/api/v1/meals/7'],
    // A second slash is a path on the same host, not a host of its own.
    ['/api/svc/social-assistance//evil.example/x', 'http://127.0.0.1:3002//evil.example/x'],
  ])('%s -> %s', (original, url) => {
    expect(forwardTarget(services, original.split('/')[3], original)).toEqual({ url });
  });

  it.each(['payments', 'constructor', '__proto__', 'toString'])('does not know %p', (service) => {
    expect(forwardTarget(services, service, `/api/svc/${service}/api/v1/x`)).toEqual({ problem: 'UNKNOWN_SERVICE' });
  });

  it.each(['/api/svc/canteen/../../admin', '/api/svc/canteen/%2e%2e/other/x', '/api/svc/canteen/api/%2E%2E/%2e%2e/%2e%2e/x'])(
    'keeps %s under the base path of the service',
    (original) => {
      expect(forwardTarget(services, 'canteen', original)).toEqual({ problem: 'OUTSIDE_SERVICE' });
    },
  );

  it('refuses a URL that does not belong to the service named', () => {
    expect(forwardTarget(services, 'canteen', '/api/svc/social-assistance/api/v1/x')).toEqual({ problem: 'OUTSIDE_SERVICE' });
  });
});
