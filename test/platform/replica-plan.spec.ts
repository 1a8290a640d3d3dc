import { MAX_REPLICAS, parseStartArgs, replicaPlan } from '../../scripts/start/replica-plan';

const SERVICES = [
  { name: 'civil-registration', port: 3001 },
  { name: 'social-assistance', port: 3002 },
  { name: 'elderly-care', port: 3003 },
];

describe('parseStartArgs (npm start -- …)', () => {
  it.each([
    [[], 1],
    [['--replicas', '1'], 1],
    [['--replicas', '2'], 2],
    [['--replicas=3'], 3],
    [['--replicas', String(MAX_REPLICAS)], MAX_REPLICAS],
  ])('%j → %i replica(s)', (argv, replicas) => {
    expect(parseStartArgs(argv)).toEqual({ ok: true, options: { replicas } });
  });

  it.each([
    [['--replicas', '0'], '--replicas must be a whole number from 1 to 4, got "0"'],
    [['--replicas', '5'], '--replicas must be a whole number from 1 to 4, got "5"'],
    [['--replicas', '1.5'], '--replicas must be a whole number from 1 to 4, got "1.5"'],
    [['--replicas', 'two'], '--replicas must be a whole number from 1 to 4, got "two"'],
    [['--replicas='], '--replicas must be a whole number from 1 to 4, got ""'],
    [['--replicas', '-1'], '--replicas needs a value (write --replicas=-1 if "-1" is the value)'],
    [['--replicas'], '--replicas needs a value'],
    [['--replica', '2'], 'unknown argument "--replica"'],
    [['2'], 'unknown argument "2"'],
  ])('refuses %j: %s', (argv, error) => {
    expect(parseStartArgs(argv)).toEqual({ ok: false, help: false, error });
  });

  it('answers --help', () => {
    expect(parseStartArgs(['--help'])).toEqual({ ok: false, help: true });
  });
});

describe('replicaPlan', () => {
  it('one replica: each service on its own port', () => {
    expect(replicaPlan(SERVICES, 1, 3000)).toEqual({
      ok: true,
      processes: [
        { service: 'civil-registration', replica: 1, port: 3001, label: 'civil-registration#1' },
        { service: 'social-assistance', replica: 1, port: 3002, label: 'social-assistance#1' },
        { service: 'elderly-care', replica: 1, port: 3003, label: 'elderly-care#1' },
      ],
    });
  });

  it('replica k on the base port + 100·(k−1), every replica 1 before any replica 2', () => {
    const plan = replicaPlan(SERVICES, 3, 3000);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.processes.map((p) => `${p.label}:${p.port}`)).toEqual([
      'civil-registration#1:3001', 'social-assistance#1:3002', 'elderly-care#1:3003',
      'civil-registration#2:3101', 'social-assistance#2:3102', 'elderly-care#2:3103',
      'civil-registration#3:3201', 'social-assistance#3:3202', 'elderly-care#3:3203',
    ]);
  });

  it('follows a service moved with PORT_<SERVICE>', () => {
    const plan = replicaPlan([{ name: 'canteen', port: 4005 }], 2, 3000);
    expect(plan.ok && plan.processes.map((p) => p.port)).toEqual([4005, 4105]);
  });

  it.each([
    [[{ name: 'canteen', port: 3005 }, { name: 'payments', port: 3105 }], 2, 3000, 'canteen#2 and payments#1 would both listen on port 3105; move one with PORT_<SERVICE> or CONSOLE_PORT'],
    [SERVICES, 2, 3101, 'civil-registration#2 and the console would both listen on port 3101; move one with PORT_<SERVICE> or CONSOLE_PORT'],
    [[{ name: 'canteen', port: 65_500 }], 2, 3000, 'canteen#2 would listen on port 65600, which is not a TCP port'],
    [[{ name: 'canteen', port: Number('x') }], 1, 3000, 'canteen#1 would listen on port NaN, which is not a TCP port'],
  ])('refuses ports that cannot work: %#', (services, replicas, consolePort, error) => {
    expect(replicaPlan(services, replicas, consolePort)).toEqual({ ok: false, error });
  });
});
