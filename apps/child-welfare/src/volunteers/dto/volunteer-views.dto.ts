import { ApiProperty } from '@nestjs/swagger';

/** A volunteer with the hours served in all. */
export class VolunteerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '李*' }) name!: string;
  @ApiProperty({ example: '13800000000' }) phone!: string;
  @ApiProperty({ example: '110105001' }) divisionCode!: string;
  @ApiProperty({ example: '2024-03-01' }) registeredOn!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ example: 12.5, description: 'Hours served over all activities' }) hours!: number;
}

/** A volunteer activity with the hours its volunteers served. */
export class VolunteerActivityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '110105001' }) divisionCode!: string;
  @ApiProperty({ example: '2024-06-01' }) heldOn!: string;
  @ApiProperty({ example: '六一关爱活动' }) title!: string;
  @ApiProperty({ example: 12 }) childrenServed!: number;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ example: 8, description: 'Hours the volunteers served at the activity' }) hours!: number;
}
