import { ApiProperty } from '@nestjs/swagger';

export class ProgramFigures {
  @ApiProperty({ example: 1010, description: 'Cases whose payment started in the year.' }) newHouseholds: number;
  @ApiProperty({ example: 1653 }) newPersons: number;
  @ApiProperty({ example: 1215, description: 'Cases stopped from a month of the year.' }) stoppedHouseholds: number;
  @ApiProperty({ example: 1923 }) stoppedPersons: number;
  @ApiProperty({ example: 11656000000, description: 'Paid by the payrolls of the year (arrears included), fen.' }) paidFen: number;
}

export class ReliefFigures {
  @ApiProperty({ example: 120 }) grants: number;
  @ApiProperty({ example: 15000000 }) amountFen: number;
}

export class VagrantFigures {
  @ApiProperty({ example: 52, description: 'People admitted in the year.' }) cases: number;
}

export class AnnualReportResponse {
  @ApiProperty({ example: 2024 }) year: number;
  @ApiProperty({ type: ProgramFigures }) DIBAO: ProgramFigures;
  @ApiProperty({ type: ProgramFigures }) TEKUN: ProgramFigures;
  @ApiProperty({ type: ReliefFigures }) temporaryRelief: ReliefFigures;
  @ApiProperty({ type: VagrantFigures }) vagrantRelief: VagrantFigures;
}
