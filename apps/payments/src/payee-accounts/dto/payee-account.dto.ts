import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { PayeeAccount } from '../payee-account.entity';

/**
 * A proposed account with its evidence. The account rules of the bank (digits, lengths, check
 * digit) and the payee are checked by the service; a shape error here is the same 400.
 */
export class ProposeAccountDto {
  @ApiProperty({ enum: ['PERSON', 'ORGANISATION'], example: 'PERSON' })
  @IsIn(['PERSON', 'ORGANISATION'])
  payeeKind!: 'PERSON' | 'ORGANISATION';

  @ApiPropertyOptional({ example: '11010519491231002X', description: 'PERSON: whose 惠民惠农 account it is.' })
  @IsOptional()
  @IsString()
  residentId?: string;

  @ApiPropertyOptional({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15', description: "ORGANISATION: the owning service's id (canteen, institution, provider)." })
  @IsOptional()
  @IsString()
  organisationId?: string;

  @ApiPropertyOptional({ example: '东城社区长者食堂', description: 'ORGANISATION: its name.' })
  @IsOptional()
  @IsString()
  organisationName?: string;

  @ApiProperty({ example: '110105001', description: 'Where the payee is: the division whose staff may propose and confirm it.' })
  @IsString()
  divisionCode!: string;

  @ApiProperty({ example: 'RCB' })
  @IsString()
  bankCode!: string;

  @ApiProperty({ example: '6217001234567890122', description: 'Digits; spaces and hyphens are dropped.' })
  @IsString()
  @MaxLength(40)
  accountNumber!: string;

  @ApiProperty({ example: '王秀英', description: 'The holder as the bank has the account.' })
  @IsString()
  holderName!: string;

  @ApiProperty({ example: '本人持存折到社区办理，已核对身份证原件', description: 'What supports the change.' })
  @IsString()
  evidenceNote!: string;

  @ApiPropertyOptional({ example: 'SCAN-2024-0815-001', description: 'A reference to the scanned document or the bank’s letter.' })
  @IsOptional()
  @IsString()
  evidenceReference?: string;
}

export class RejectProposalDto {
  @ApiProperty({ example: '存折户名与身份证不一致' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

/** `GET /payee-accounts?organisationId=`: an organisation's accounts (a person's are searched with a POST, so their ID stays out of URLs). */
export class OrganisationAccountsQuery extends PageQuery {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15' })
  @IsUUID()
  organisationId!: string;
}

/** The payee of a search: a person by resident ID or an organisation by id, exactly one of them. */
export class PayeeCriteria {
  @ApiPropertyOptional({ example: '11010519491231002X' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;

  @ApiPropertyOptional({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** POST search of a payee's accounts, a page at a time: the resident ID travels in the body, never in the URL. */
export class PayeeAccountSearchDto extends IntersectionType(PageQuery, PayeeCriteria) {}

export class PayeeAccountResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['PERSON', 'ORGANISATION'] }) payeeKind!: string;
  @ApiPropertyOptional({ example: '110***********002X', description: 'PERSON: masked unless unmasked with a reason.' }) residentId?: string;
  @ApiPropertyOptional() organisationId?: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ example: '110105001' }) divisionCode!: string;
  @ApiProperty({ example: 'RCB' }) bankCode!: string;
  @ApiProperty({ example: '6217***********0122', description: 'Masked unless unmasked with a reason.' }) accountNumber!: string;
  @ApiProperty({ example: '王*英', description: 'Masked unless unmasked with a reason.' }) holderName!: string;
  @ApiProperty() evidenceNote!: string;
  @ApiProperty({ nullable: true, type: String }) evidenceReference!: string | null;
  @ApiProperty({ enum: ['PROPOSED', 'CONFIRMED', 'SUPERSEDED', 'REJECTED'] }) status!: string;
  @ApiProperty({ description: 'CONFIRMED and not returned by the bank as unusable: lines are paid into it.' }) usable!: boolean;
  @ApiProperty({ nullable: true, enum: ['ACCOUNT_CLOSED', 'NAME_MISMATCH', 'ACCOUNT_FROZEN', 'ACCOUNT_NOT_FOUND'] }) unusableReason!: string | null;
  @ApiProperty({ nullable: true, type: Date }) unusableSince!: Date | null;
  @ApiProperty({ nullable: true, type: String }) importId!: string | null;
  @ApiProperty() proposedBy!: string;
  @ApiProperty() proposedAt!: Date;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) rejectionReason!: string | null;
  @ApiProperty({ nullable: true, type: Date }) supersededAt!: Date | null;
}

export class ProposalListQuery extends PageQuery {}

/** The response shape: the payee key under the name that says what it is (masked as such). */
export function toAccountResponse(a: PayeeAccount): PayeeAccountResponse {
  return {
    id: a.id,
    payeeKind: a.payeeKind,
    ...(a.payeeKind === 'PERSON' ? { residentId: a.payeeKey } : { organisationId: a.payeeKey }),
    organisationName: a.organisationName,
    divisionCode: a.divisionCode,
    bankCode: a.bankCode,
    accountNumber: a.accountNumber,
    holderName: a.holderName,
    evidenceNote: a.evidenceNote,
    evidenceReference: a.evidenceReference,
    status: a.status,
    usable: a.status === 'CONFIRMED' && a.unusableReason === null,
    unusableReason: a.unusableReason,
    unusableSince: a.unusableSince,
    importId: a.importId,
    proposedBy: a.proposedBy,
    proposedAt: a.proposedAt,
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt,
    rejectionReason: a.rejectionReason,
    supersededAt: a.supersededAt,
  };
}
