import { StandardInYearView } from '@app/common/policy/dto/standard-in-year.dto';
import { ApiProperty } from '@nestjs/swagger';

export class ProgramFigures {
  @ApiProperty({ example: 1010, description: 'Cases whose payment started in the year.' }) newHouseholds: number;
  @ApiProperty({ example: 1653 }) newPersons: number;
  @ApiProperty({ example: 1215, description: 'Cases stopped from a month of the year.' }) stoppedHouseholds: number;
  @ApiProperty({ example: 1923 }) stoppedPersons: number;
  @ApiProperty({ example: 11656000000, description: 'Paid by the payrolls of the year (arrears included), fen.' }) paidFen: number;
  @ApiProperty({ example: 9650, description: '补发: arrears lines paid by the payrolls of the year (a raise entered after its months were paid).' }) arrearsLines: number;
  @ApiProperty({ example: 8430000, description: 'Of paidFen, the arrears lines, fen.' }) arrearsFen: number;
}

export class ReliefFigures {
  @ApiProperty({ example: 120 }) grants: number;
  @ApiProperty({ example: 15000000 }) amountFen: number;
}

/** 回归稳固 of the year: each returnee assessed in the year once, by the situation at their latest assessment of the year. */
export class ReturnFollowUpFigures {
  @ApiProperty({ example: 40, description: 'Returnees with an assessment dated in the year.' }) returneesAssessed: number;
  @ApiProperty({ example: 31, description: 'Of them, stably settled (稳定) at their latest assessment of the year.' }) settled: number;
  @ApiProperty({ example: 5, description: 'At risk of leaving again (有返流风险).' }) atRisk: number;
  @ApiProperty({ example: 3, description: 'Left again (再次外出流浪).' }) leftAgain: number;
  @ApiProperty({ example: 1, description: 'Unreachable (无法联系).' }) unreachable: number;
  @ApiProperty({ example: 12, description: 'Follow-up assessments (after a returnee’s first) dated in the year.' }) followUps: number;
}

export class VagrantFigures {
  @ApiProperty({ example: 52, description: 'People admitted in the year.' }) cases: number;
  @ApiProperty({ example: 310, description: '24-hour hotline calls logged in the year.' }) hotlineCalls: number;
  @ApiProperty({ example: 96, description: 'Street patrols logged in the year.' }) streetPatrols: number;
  @ApiProperty({ type: ReturnFollowUpFigures, description: '回归稳固 post-return assessments.' }) returnFollowUps: ReturnFollowUpFigures;
}

export class CashPlusFigures {
  @ApiProperty({ example: 258, description: '特困 people served: with a visit paid by a settlement of the year approved.' }) tekunPersons: number;
  @ApiProperty({ example: 174, description: 'Economically difficult people aged 80+ served.' }) elderPersons: number;
  @ApiProperty({ example: 8099, description: 'Household-visits paid by the approved settlements of months of the year.' }) householdVisits: number;
  @ApiProperty({ example: 40000000, description: 'Approved settlements of months of the year, fen.' }) amountFen: number;
}

export class AnnualReportResponse {
  @ApiProperty({ example: 2024 }) year: number;
  @ApiProperty({
    type: [StandardInYearView],
    description: 'Standards in force during the year with their effective dates (city-wide policy parameters): DIBAO_URBAN per month, DIBAO_RURAL per year, TEKUN_DISPERSED and TEKUN_CENTRAL per month.',
  })
  standards: StandardInYearView[];
  @ApiProperty({ type: ProgramFigures }) DIBAO: ProgramFigures;
  @ApiProperty({ type: ProgramFigures }) TEKUN: ProgramFigures;
  @ApiProperty({ type: ReliefFigures }) temporaryRelief: ReliefFigures;
  @ApiProperty({ type: VagrantFigures }) vagrantRelief: VagrantFigures;
  @ApiProperty({ type: CashPlusFigures, description: '"物质+服务" cash plus services.' }) cashPlusServices: CashPlusFigures;
}
