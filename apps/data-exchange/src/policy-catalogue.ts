// Every policy parameter the data-exchange service reads. The data sets' columns are part of the
// exchange agreement with each department (code, versioned with the contract), not dated policy;
// the catalogue starts empty.
import { definePolicyCatalogue } from '@app/common/policy/policy-catalogue';

export const DATA_EXCHANGE_POLICIES = definePolicyCatalogue('data-exchange', {});

export type DataExchangePolicies = typeof DATA_EXCHANGE_POLICIES;
