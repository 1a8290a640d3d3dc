// Day 1: the registers the year works on, loaded through the services' APIs by the population
// loader (scripts/population/load.ts): elders into elderly care, 低保/特困 households with their
// applications (低保 investigated and put in public notice, 特困 approved), children with their
// guardians, canteen diners; and beside them the city's registers of community facilities (with
// the communities per township their coverage is of), care workers of the institutions, child
// directors and supervisors, cemeteries and ash halls (scripts/population/registers.ts). The
// 低保 cases are approved once their notice has ended (kinds/dibao-approvals.ts).
import { loadPopulation } from '../../population/load';
import type { DriveContext } from '../context';
import type { RegistersEvent } from '../events';

export const REGISTERS_EVENT: RegistersEvent = { kind: 'registers', key: 'registers' };

export async function driveRegisters(ctx: DriveContext): Promise<void> {
  const { api } = ctx;
  const summary = await loadPopulation(ctx.population, {
    baseUrls: {
      'social-assistance': api.baseUrls['social-assistance'],
      'elderly-care': api.baseUrls['elderly-care'],
      'child-welfare': api.baseUrls['child-welfare'],
      'civil-registration': api.baseUrls['civil-registration'],
      // Not asked when there are no diners.
      canteen: api.baseUrls.canteen ?? '',
    },
    clerkToken: api.tokens.clerk,
    approverToken: api.tokens.approver2,
    adminToken: api.tokens.admin,
    http: api.http,
    concurrency: ctx.concurrency,
    progress: (line) => ctx.log(`registers: ${line}`),
    sleep: (ms) => api.sleep(ms),
  });
  const { dibaoApprovals, ...steps } = summary;
  for (const [step, tally] of Object.entries(steps)) ctx.recordStep(`registers/${step}`, tally);
  // Taken and put in their public notice (公示): approved once it has ended, not refused now.
  ctx.recordStep('registers/dibaoApplications', { ...dibaoApprovals, created: dibaoApprovals.created + dibaoApprovals.inPublicNotice });
}
