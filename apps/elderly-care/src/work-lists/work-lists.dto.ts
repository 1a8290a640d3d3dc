import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { OverpaymentRecord } from '../people/dto/person.dto';

export class OverpaymentListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['OPEN'], example: 'OPEN', description: 'Only receivables still to recover (a RECOVERED one is settled).' })
  @IsOptional()
  @IsIn(['OPEN'])
  status?: 'OPEN';
}

/** The body of `POST /work-lists/overpayments/search`: the list's filter and a person, whose ID never travels in a URL. */
export class OverpaymentSearchDto extends OverpaymentListQuery {
  @ApiPropertyOptional({ example: '11010519440715002X', description: 'Only the overpayments of this person.' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;
}

/** An overpayment as the work list shows it: whose, of which allowance, where the elder lives. */
export class OverpaymentWorkItem extends OverpaymentRecord {
  @ApiProperty({ example: '王秀英', nullable: true, type: String, description: 'As in the elder registry; null when not registered.' }) name: string | null;
  @ApiProperty({ example: '110105001', nullable: true, type: String, description: 'The registry’s region; null when not registered.' }) region: string | null;
  @ApiProperty({ enum: ['HIGH_AGE', 'SERVICE_SUBSIDY'], example: 'HIGH_AGE' }) allowanceKind: string;
  @ApiProperty({ enum: ['REQUESTED', 'APPROVED', 'RECOVERED', 'FAILED'], nullable: true, type: String, description: 'The current recovery (冲正) attempt; null when none was asked for.' }) recoveryStatus: string | null;
}
