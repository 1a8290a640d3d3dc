import type { EventOf } from '../event-map';
import { SAMPLE_RESIDENT_IDS as ids } from './sample-resident-ids';

type DataExchangeKey =
  | 'social-assistance.monitoring.started.v1'
  | 'social-assistance.monitoring.ended.v1'
  | 'social-assistance.early-warning.raised.v1'
  | 'data-exchange.deaths.matched.v1'
  | 'data-exchange.moves.matched.v1'
  | 'data-exchange.findings.raised.v1';

/** Samples of the 数据比对 and 动态监测 events (spread into sampleEvents). */
export const DATA_EXCHANGE_SAMPLES: { readonly [K in DataExchangeKey]: EventOf<K> } = {
  'social-assistance.monitoring.started.v1': {
    monitoringId: '5d7c1e0a-3b8f-4f0e-9a61-2c4b7e8d9f01',
    householdId: '5d7c1e0a-3b8f-4f0e-9a61-2c4b7e8d9f02',
    residentId: ids.husband,
    category: 'BORDERLINE',
    fromMonth: '2024-08',
  },
  'social-assistance.monitoring.ended.v1': {
    monitoringId: '5d7c1e0a-3b8f-4f0e-9a61-2c4b7e8d9f01',
    householdId: '5d7c1e0a-3b8f-4f0e-9a61-2c4b7e8d9f02',
    residentId: ids.husband,
    reason: 'ENROLLED',
    stopFromMonth: '2024-10',
  },
  'social-assistance.early-warning.raised.v1': {
    warningId: '5d7c1e0a-3b8f-4f0e-9a61-2c4b7e8d9f03',
    householdId: '5d7c1e0a-3b8f-4f0e-9a61-2c4b7e8d9f02',
    residentId: ids.husband,
    trigger: 'EARNER_DEATH',
    occurredOn: '2024-08-20',
    summary: '家庭主要劳动力死亡',
  },
  'data-exchange.deaths.matched.v1': {
    importId: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c1',
    department: 'PUBLIC_SECURITY',
    dataSet: 'HOUSEHOLD_REGISTRATION',
    asOf: '2024-08-31',
    chunk: { index: 0, count: 1 },
    deaths: [
      {
        matchId: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c2',
        residentId: ids.elderMan,
        name: '王建国',
        ethnicity: 'HAN',
        dateOfDeath: '2024-08-20',
        placeOfDeath: '家中',
        disposal: 'CREMATION',
        divisionCode: '110105',
      },
    ],
  },
  'data-exchange.moves.matched.v1': {
    importId: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c1',
    department: 'PUBLIC_SECURITY',
    dataSet: 'HOUSEHOLD_REGISTRATION',
    asOf: '2024-08-31',
    chunk: { index: 0, count: 1 },
    moves: [
      {
        matchId: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c3',
        residentId: ids.elderWoman,
        name: '李秀英',
        movedOn: '2024-08-12',
        destination: '广东省深圳市',
        reference: '迁出-2024-000123',
      },
    ],
  },
  'data-exchange.findings.raised.v1': {
    importId: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c4',
    department: 'PUBLIC_SECURITY',
    dataSet: 'VEHICLES',
    asOf: '2024-08-31',
    chunk: { index: 0, count: 1 },
    findings: [
      {
        findingId: '7e2f4a10-1c3d-4b5e-8f60-718293a4b5c5',
        residentId: ids.wife,
        name: '张丽',
        kind: 'VEHICLE',
        observedOn: '2024-05-06',
        amountFen: 8_500_000,
        summary: '小型轿车 京A12345',
        reference: '京A12345',
      },
    ],
  },
};
