// The list paging of every screen lives in components/paging.ts; kept here for the canteen's imports.
export { tablePagination, usePagingParams } from '../../components/paging';
