import { ApiProperty } from '@nestjs/swagger';

/** A need for help raised for a child, open until closed with its resolution. */
export class HelpNeedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ type: String }) kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: '2024-06-01' }) raisedOn!: string;
  @ApiProperty() raisedBy!: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status!: 'OPEN' | 'CLOSED';
  @ApiProperty({ type: String, nullable: true, example: null }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) resolution!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** A visit of the paired cadre to the child. */
export class CadreVisitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) pairingId!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: '2024-06-10' }) visitedOn!: string;
  @ApiProperty() notes!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'The round of the year’s planned visits, from 1; null outside a round' }) round!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** A cadre paired with the child (结对帮扶), with the visits made under the pairing. */
export class CadrePairingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty() cadreId!: string;
  @ApiProperty() cadreName!: string;
  @ApiProperty() cadrePhone!: string;
  @ApiProperty({ example: '2024-06-01' }) startedOn!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) endedOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: [CadreVisitView], description: 'The visits under this pairing, the earliest first' }) visits!: CadreVisitView[];
}
