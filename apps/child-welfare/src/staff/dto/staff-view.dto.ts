import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '../rules/staff-post.rule';

/** A child director (儿童主任) or supervisor (儿童督导员) on the register. */
export class StaffMemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
  @ApiProperty({ example: '儿童主任' }) roleLabel!: string;
  @ApiProperty({ example: '王*' }) name!: string;
  @ApiProperty({ example: '110105********002X', description: 'Masked unless the caller may see it' }) residentId!: string;
  @ApiProperty({ example: '13800000000' }) phone!: string;
  @ApiProperty({ example: '110105001001' }) divisionCode!: string;
  @ApiProperty({ example: '2024-03-01' }) appointedOn!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) leftOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
