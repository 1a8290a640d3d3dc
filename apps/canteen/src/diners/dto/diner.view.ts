import { ApiProperty } from '@nestjs/swagger';

const NULLABLE_TEXT = { nullable: true, type: String, example: null } as const;

/** A diner as the diner routes answer it; resident ID, name and card number leave masked. */
export class DinerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '110***********002X', description: 'Masked' }) residentId!: string;
  @ApiProperty({ example: '******0123', description: 'Masked' }) cardNumber!: string;
  @ApiProperty({ example: '张*英', description: 'Masked' }) name!: string;
  @ApiProperty({ format: 'uuid' }) registeredAtCanteenId!: string;
  @ApiProperty({ nullable: true, type: Boolean, example: true, description: 'Local household registration (户籍); null until a clerk confirms it (full price until then)' })
  localRegistration!: boolean | null;
  @ApiProperty(NULLABLE_TEXT) localRegistrationEvidence!: string | null;
  @ApiProperty(NULLABLE_TEXT) localRegistrationConfirmedOn!: string | null;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty(NULLABLE_TEXT) deceasedOn!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'The version, also answered as the ETag; send it back as If-Match to update only this version.' }) version!: number;
}
