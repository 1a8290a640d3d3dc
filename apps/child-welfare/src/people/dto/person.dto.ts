import { ApiProperty } from '@nestjs/swagger';

/** The child as `GET /api/v1/children/:id` answers it (categories derived as of today). */
export class ChildRecordView {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '110105201506010011' }) residentId: string;
  @ApiProperty({ example: '王小明' }) name: string;
  @ApiProperty({ example: '2015-06-01' }) birthDate: string;
  @ApiProperty({ example: '110105001001' }) villageCode: string;
  @ApiProperty({ example: '110105001' }) townshipCode: string;
  @ApiProperty({ type: Object, example: { name: '王某', relation: 'GRANDMOTHER' } }) carer: unknown;
  @ApiProperty({ type: [Object], description: 'Parents and guardians with their situation.' }) guardians: unknown[];
  @ApiProperty({ type: [String], example: [] }) situations: string[];
  @ApiProperty({ type: [String], example: ['DE_FACTO_UNSUPPORTED'] }) categories: string[];
  @ApiProperty({ enum: ['DISPERSED', 'CENTRAL'], example: 'DISPERSED' }) careForm: string;
  @ApiProperty({ example: '2024-06-01' }) registeredOn: string;
  @ApiProperty({ example: null, nullable: true, type: String }) adoptedOn: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'CLOSED'], example: 'ACTIVE' }) status: string;
  @ApiProperty({ example: null, nullable: true, type: String }) closedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) closedReason: string | null;
  @ApiProperty({ enum: ['RED', 'ORANGE', 'GREEN'], example: 'ORANGE' }) riskTier: string;
  @ApiProperty({ example: '父亲服刑' }) riskReason: string;
  @ApiProperty({ example: '2024-06-01' }) tierRatedOn: string;
  @ApiProperty({ example: null, nullable: true, type: String }) lastVisitOn: string | null;
  @ApiProperty({ example: '2024-07-01' }) nextVisitDue: string;
}

/** The person as a child in the ledger, with what the per-child routes answer about them. */
export class ChildFile extends ChildRecordView {
  @ApiProperty({ type: Object, description: 'As `GET /api/v1/children/:id/allowance`: where the allowance stands today and what was paid.' }) allowance: unknown;
  @ApiProperty({ type: [Object], description: 'As `GET /api/v1/children/:id/help-needs`.' }) helpNeeds: unknown[];
  @ApiProperty({ type: [Object], description: 'As `GET /api/v1/children/:id/pairings`.' }) pairings: unknown[];
  @ApiProperty({ type: [Object], description: 'As `GET /api/v1/children/:id/reassessments`.' }) reassessments: unknown[];
}

/** A child in the ledger of whom the person is a parent or guardian. */
export class GuardianLink {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) childId: string;
  @ApiProperty({ example: '110105201506010011' }) childResidentId: string;
  @ApiProperty({ example: '王小明' }) childName: string;
  @ApiProperty({ example: '110105001001' }) villageCode: string;
  @ApiProperty({ enum: ['FATHER', 'MOTHER', 'GUARDIAN'], example: 'FATHER' }) relation: string;
  @ApiProperty({ type: Object, description: 'The person’s situation as recorded with the child (deceasedOn, jailedSince …).' }) situation: unknown;
  @ApiProperty({ enum: ['ACTIVE', 'CLOSED'], example: 'ACTIVE' }) status: string;
}

/** What child welfare holds on one person (一人一档), as far as the caller may see. */
export class ChildWelfarePerson {
  @ApiProperty({ example: '110105201506010011' }) residentId: string;
  @ApiProperty({ example: '王小明', nullable: true, type: String }) name: string | null;
  @ApiProperty({ type: ChildFile, nullable: true, description: 'The person as a child in the ledger.' }) child: ChildFile | null;
  @ApiProperty({ type: [GuardianLink], description: 'Children of the caller’s village or township of whom the person is a parent or guardian.' }) guardianOf: GuardianLink[];
}

export class PersonSearchItem {
  @ApiProperty({ example: '110105201506010011' }) residentId: string;
  @ApiProperty({ example: '王小明' }) name: string;
  @ApiProperty({ enum: ['CHILD'], example: 'CHILD', description: 'CHILD: the child recordId in the ledger.' }) record: 'CHILD';
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) recordId: string;
  @ApiProperty({ example: '110105001001' }) villageCode: string;
  @ApiProperty({ enum: ['ACTIVE', 'CLOSED'], example: 'ACTIVE' }) status: string;
}
