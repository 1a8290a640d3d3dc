// Public API of libs/common. The token CLI (auth/token.cli.ts) is a program, not a module, and
// stays out of this barrel. database/, health/, logging/ and metrics/ are imported by path.
export * from './config/env';

export * from './resident-id/resident-id';
export * from './privacy/mask';

export * from './money/fen';

export * from './time/calendar-date';
export * from './time/year-month';
export * from './time/clock';
export * from './time/clock.module';

export * from './policy/value-in-force';
export * from './policy/policy-catalogue';
export * from './policy/policy-periods';
export * from './policy/standards-in-year';
export * from './policy/policy-parameter.entity';
export * from './policy/policy-parameter.migration';
export * from './policy/policy.service';
export * from './policy/policy.module';

export * from './http/problem';
export * from './http/problem-mapping';
export * from './http/problem.filter';
export * from './http/validation';
export * from './http/is-resident-id.decorator';
export * from './http/is-year-month.decorator';
export * from './http/page-query.dto';
export * from './http/page-response';
export * from './http/person-lookup';

export * from './auth/claims';
export * from './auth/jwt';
export * from './auth/authenticate';
export * from './auth/auth-config';
export * from './auth/public.decorator';
export * from './auth/roles.decorator';
export * from './auth/current-principal.decorator';
export * from './auth/jwt-auth.guard';
export * from './auth/auth.module';
export * from './auth/token-args';

export * from './locks/redis-job-lock';
export * from './locks/redis.provider';
export * from './jobs/once-across-replicas.job';
export * from './rate-limit/rate-limit.config';
export * from './rate-limit/rate-limit.guard';
export * from './rate-limit/rate-limit.module';
export * from './audit/audit-log.migration';
export * from './audit/audit.service';
export * from './audit/audit.module';
export * from './privacy/mask-personal-data';
export * from './privacy/personal-data.guard';
export * from './privacy/personal-data.module';

export * from './read-models/rules/enrollment-spells.rule';
export * from './read-models/enrollment-spell.table';
export * from './read-models/death-notice.table';
export * from './read-models/read-model.columns';
