import { ApiProperty } from '@nestjs/swagger';

/** A charity fund (慈善基金) of a division and its balance. */
export class CharityFundView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '朝阳区儿童关爱基金' }) title!: string;
  @ApiProperty({ example: '110105' }) divisionCode!: string;
  @ApiProperty({ example: 500000 }) balanceFen!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** A donation received into a fund. */
export class CharityDonationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fundId!: string;
  @ApiProperty({ example: '110105' }) divisionCode!: string;
  @ApiProperty() donorName!: string;
  @ApiProperty({ example: 100000 }) amountFen!: number;
  @ApiProperty({ example: '2024-06-01' }) receivedOn!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** A grant from a fund to a child. */
export class CharityGrantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fundId!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: '110105001001' }) villageCode!: string;
  @ApiProperty({ example: 20000 }) amountFen!: number;
  @ApiProperty() purpose!: string;
  @ApiProperty({ example: '2024-06-15' }) grantedOn!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
