// The shapes of the person view (一人一档) as OpenAPI documents them: the records as the
// service's other routes answer them (its entities), field for field.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const NULLABLE_DATE = { nullable: true, type: String, example: null } as const;

export class ElderRecord {
  @ApiProperty({ example: '11010519440715002X' }) residentId: string;
  @ApiProperty({ example: '王秀英' }) name: string;
  @ApiProperty({ example: '110105001', description: 'Division of residence in the registry.' }) region: string;
  @ApiProperty({ example: true, description: 'Local household registration.' }) local: boolean;
  @ApiProperty({ example: '1944-07-15' }) birthDate: string;
  @ApiProperty({ example: '2024-07-01T08:00:00.000Z' }) createdAt: Date;
}

export class AllowanceRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '11010519440715002X' }) residentId: string;
  @ApiProperty({ enum: ['HIGH_AGE', 'SERVICE_SUBSIDY'], example: 'HIGH_AGE' }) kind: string;
  @ApiProperty({ example: 'AGE_80' }) tier: string;
  @ApiProperty({ example: null, nullable: true, type: String }) enrollmentId: string | null;
  @ApiProperty({ example: 5000 }) monthlyAmountFen: number;
  @ApiProperty({ example: '2024-08' }) fromMonth: string;
  @ApiProperty(NULLABLE_DATE) stopFromMonth: string | null;
  @ApiProperty(NULLABLE_DATE) stopReason: string | null;
  @ApiProperty({ example: '2024-08-01T02:00:00.000Z' }) createdAt: Date;
}

export class OverpaymentRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' }) allowanceId: string;
  @ApiProperty({ example: '11010519440715002X' }) residentId: string;
  @ApiProperty({ example: '2024-09' }) fromMonth: string;
  @ApiProperty({ example: 5000 }) amountFen: number;
  @ApiProperty({ example: 'OPEN' }) status: string;
  @ApiProperty({ example: '2024-09-20T02:00:00.000Z' }) createdAt: Date;
}

export class ResidenceChangeRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '2024-08-20' }) movedOn: string;
  @ApiProperty({ example: 'PUBLIC_SECURITY' }) source: string;
  @ApiProperty({ example: '2024-08-21T02:00:00.000Z' }) receivedAt: Date;
}

export class AssessmentRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '2024-07-10' }) assessedOn: string;
  @ApiPropertyOptional({ type: Object, nullable: true, description: 'The 26 item scores; null for an assessment recorded with domain scores only.' }) items: unknown;
  @ApiProperty({ type: Object, example: { selfCare: 28, basicMobility: 12, mentalState: 26, perceptionSocial: 13 } }) domainScores: unknown;
  @ApiProperty({ example: 79 }) totalScore: number;
  @ApiProperty({ example: 1 }) preliminaryLevel: number;
  @ApiProperty({ example: 1 }) level: number;
  @ApiProperty({ type: [String], example: [] }) raiseReasons: string[];
  @ApiProperty({ example: false }) coma: boolean;
  @ApiProperty({ example: '2025-07-10' }) nextDueOn: string;
  @ApiProperty({ example: 'assessor-1' }) assessedBy: string;
}

export class HomeCareOrderRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '110105001' }) divisionCode: string;
  @ApiProperty({ example: 'MEAL-01' }) itemCode: string;
  @ApiProperty({ example: 3000 }) priceFen: number;
  @ApiProperty({ example: 2000 }) subsidyFen: number;
  @ApiProperty({ example: 'CONFIRMED' }) status: string;
  @ApiProperty({ example: null, nullable: true, type: String }) providerId: string | null;
  @ApiProperty({ example: '2024-07-10' }) orderedOn: string;
  @ApiProperty(NULLABLE_DATE) serviceMonth: string | null;
  @ApiProperty(NULLABLE_DATE) cancelReason: string | null;
}

export class HomeCareBedRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '110105001' }) divisionCode: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' }) institutionId: string;
  @ApiProperty({ example: 4 }) visitsPerMonth: number;
  @ApiProperty({ example: '2024-07-01' }) contractedOn: string;
  @ApiProperty(NULLABLE_DATE) endedOn: string | null;
  @ApiProperty(NULLABLE_DATE) endReason: string | null;
}

export class InstitutionStayRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' }) institutionId: string;
  @ApiProperty({ example: '朝阳区第一养老院' }) institutionName: string;
  @ApiProperty({ example: '001' }) bedCode: string;
  @ApiProperty({ example: '2024-07-01' }) admittedOn: string;
  @ApiProperty(NULLABLE_DATE) dischargedOn: string | null;
  @ApiProperty(NULLABLE_DATE) dischargeReason: string | null;
}

/** What elderly care holds on one person (一人一档). */
export class ElderlyCarePerson {
  @ApiProperty({ example: '11010519440715002X' }) residentId: string;
  @ApiProperty({ example: '王秀英', nullable: true, type: String, description: 'As in the elder registry; null when not registered.' }) name: string | null;
  @ApiProperty({ type: ElderRecord, nullable: true }) elder: ElderRecord | null;
  @ApiProperty(NULLABLE_DATE) deceasedOn: string | null;
  @ApiProperty({ type: [ResidenceChangeRecord] }) residenceChanges: ResidenceChangeRecord[];
  @ApiProperty({ type: [AllowanceRecord], description: 'High-age allowances and service subsidies, oldest first.' }) allowances: AllowanceRecord[];
  @ApiProperty({ type: [OverpaymentRecord] }) overpayments: OverpaymentRecord[];
  @ApiProperty({ type: [AssessmentRecord], description: 'Newest first.' }) assessments: AssessmentRecord[];
  @ApiProperty({ type: [HomeCareOrderRecord], description: 'The 100 newest orders.' }) homeCareOrders: HomeCareOrderRecord[];
  @ApiProperty({ example: 12, description: 'All home care orders of the person.' }) homeCareOrderCount: number;
  @ApiProperty({ type: [HomeCareBedRecord] }) homeCareBeds: HomeCareBedRecord[];
  @ApiProperty({ type: [InstitutionStayRecord], description: 'Stays in institutions, newest first.' }) institutionStays: InstitutionStayRecord[];
}

export class PersonSearchItem {
  @ApiProperty({ example: '11010519440715002X' }) residentId: string;
  @ApiProperty({ example: '王秀英' }) name: string;
  @ApiProperty({ enum: ['ELDER'], example: 'ELDER', description: 'ELDER: the elder registry (the person view is by resident ID).' }) record: 'ELDER';
  @ApiProperty({ example: '110105001' }) region: string;
  @ApiProperty({ example: true }) local: boolean;
  @ApiProperty(NULLABLE_DATE) deceasedOn: string | null;
}
