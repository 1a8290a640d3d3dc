import { ApiProperty } from '@nestjs/swagger';

const NULLABLE = { nullable: true, type: String, example: null } as const;

/** The diner as `GET /api/v1/diners/:id` answers it, with the canteen they registered at. */
export class DinerRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: 'C-000123' }) cardNumber: string;
  @ApiProperty({ example: '王秀英' }) name: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' }) registeredAtCanteenId: string;
  @ApiProperty({ example: '八里庄街道幸福食堂' }) canteenName: string;
  @ApiProperty({ example: '110105001', description: 'Region of the canteen the diner registered at.' }) canteenRegion: string;
  @ApiProperty({ example: true, nullable: true, type: Boolean, description: 'Local household registration; null until a clerk confirms it.' }) localRegistration: boolean | null;
  @ApiProperty(NULLABLE) localRegistrationEvidence: string | null;
  @ApiProperty(NULLABLE) localRegistrationConfirmedOn: string | null;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty(NULLABLE) deceasedOn: string | null;
}

export class MealRecord {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03' }) id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02' }) canteenId: string;
  @ApiProperty({ example: '八里庄街道幸福食堂' }) canteenName: string;
  @ApiProperty({ example: '2024-09-19' }) mealDate: string;
  @ApiProperty({ enum: ['BREAKFAST', 'LUNCH', 'DINNER'], example: 'LUNCH' }) slot: string;
  @ApiProperty({ example: 'AGE_80' }) tier: string;
  @ApiProperty({ example: true }) subsidised: boolean;
  @ApiProperty({ example: 300 }) subsidyFen: number;
  @ApiProperty(NULLABLE) fullPriceReason: string | null;
  @ApiProperty({ enum: ['VALID', 'VOID'], example: 'VALID' }) status: string;
  @ApiProperty(NULLABLE) voidReason: string | null;
  @ApiProperty({ example: '2024-09-19T03:45:00.000Z' }) servedAt: Date;
}

export class CoverageRecord {
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: string;
  @ApiProperty({ example: '2024-08', nullable: true, type: String }) fromMonth: string | null;
  @ApiProperty(NULLABLE) stopFromMonth: string | null;
}

/** What the canteens hold on one person (一人一档). */
export class CanteenPerson {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '王秀英' }) name: string;
  @ApiProperty({ type: DinerRecord }) diner: DinerRecord;
  @ApiProperty({ type: [MealRecord], description: 'The 50 newest meals at any canteen.' }) meals: MealRecord[];
  @ApiProperty({ example: 120, description: 'All meals recorded for the person.' }) mealCount: number;
  @ApiProperty({ example: 95, description: 'Valid subsidised meals.' }) subsidisedMealCount: number;
  @ApiProperty({ example: 28500, description: 'Subsidy of the valid subsidised meals, in fen.' }) subsidyFen: number;
  @ApiProperty({ type: [CoverageRecord], description: '低保/特困 coverage as received from social assistance (it raises the meal tier).' }) assistanceCoverage: CoverageRecord[];
}

export class PersonSearchItem {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '王秀英' }) name: string;
  @ApiProperty({ enum: ['DINER'], example: 'DINER', description: 'DINER: the diner recordId (GET /api/v1/diners/{id}).' }) record: 'DINER';
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) recordId: string;
  @ApiProperty({ example: '八里庄街道幸福食堂' }) canteenName: string;
  @ApiProperty({ example: '110105001' }) canteenRegion: string;
  @ApiProperty({ example: true }) active: boolean;
}
