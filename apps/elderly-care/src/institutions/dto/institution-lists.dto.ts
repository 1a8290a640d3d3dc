// The division's institutions and one institution's beds with their occupants, paged
// (GET /api/v1/institutions, /api/v1/institutions/:id/beds).
import { ApiProperty } from '@nestjs/swagger';

const NULLABLE = { nullable: true, type: String, example: null } as const;

export class InstitutionListItem {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'YLY-110105-01' }) code: string;
  @ApiProperty({ example: '朝阳区第一社会福利院' }) institutionName: string;
  @ApiProperty({ example: '110105' }) divisionCode: string;
  @ApiProperty({ example: 'PUBLIC' }) operatingModel: string;
  @ApiProperty({ example: 120 }) beds: number;
  @ApiProperty({ example: 96 }) occupied: number;
  @ApiProperty({ example: 24 }) free: number;
  @ApiProperty({ example: 80, description: 'Occupied beds in percent, one decimal.' }) occupancyPercent: number;
}

export class BedItem {
  @ApiProperty() id: string;
  @ApiProperty({ example: '001' }) bedCode: string;
  @ApiProperty({ ...NULLABLE, description: 'The open stay on the bed, for 办理离院.' }) stayId: string | null;
  @ApiProperty({ ...NULLABLE, description: 'Opaque id of the occupant’s page.' }) elderId: string | null;
  @ApiProperty({ ...NULLABLE, example: '110***********002X' }) residentId: string | null;
  @ApiProperty({ ...NULLABLE, example: '王*英' }) name: string | null;
  @ApiProperty(NULLABLE) admittedOn: string | null;
}
