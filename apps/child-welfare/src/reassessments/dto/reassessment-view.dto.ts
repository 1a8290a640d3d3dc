import { ApiProperty } from '@nestjs/swagger';

/** A reassessment of the child opened by a life event (a parent's death …), open until closed with its findings. */
export class ReassessmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ type: String }) cause!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The event that opened it' }) causeEventId!: string | null;
  @ApiProperty({ example: '2024-06-01' }) openedOn!: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status!: 'OPEN' | 'CLOSED';
  @ApiProperty({ type: String, nullable: true, example: null }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) findings!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) closedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
