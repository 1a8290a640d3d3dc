import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class ClockResponse {
  @ApiProperty({ enum: ['system', 'fixed', 'simulated'], description: 'system: the machine’s clock; fixed: CLOCK_FIXED_DATE; simulated: CLOCK_SIMULATED_START, moved by PUT.' })
  mode!: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2024-02-01T16:00:00.000Z' }) now!: string;
  @ApiProperty({ example: '2024-02-02', description: 'The service’s "today" in Asia/Shanghai: what every rule and monthly job reads.' }) today!: string;
}

export class MoveClockDto {
  @ApiProperty({ example: '2024-02-01', description: 'YYYY-MM-DD (that day’s start in Shanghai) or an ISO instant with its offset; never before the clock’s now.' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i, { message: 'at must be YYYY-MM-DD or an ISO instant with its offset' })
  at!: string;
}
