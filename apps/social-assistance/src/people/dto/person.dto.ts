import { ApiProperty } from '@nestjs/swagger';
import { CaseWorkItem } from '../../cases/dto/case-list.dto';
import { MemberResponse } from '../../households/dto/household.dto';
import { OverpaymentResponse } from '../../overpayments/dto/overpayment.dto';
import { ReliefResponse } from '../../temporary-relief/dto/temporary-relief.dto';
import { VagrantCaseResponse } from '../../vagrant-relief/dto/vagrant.dto';

/** The person as a member of a household, with where the household lives. */
export class PersonMembership extends MemberResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) householdId: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
  @ApiProperty({ enum: ['URBAN', 'RURAL'], example: 'URBAN' }) area: string;
}

export class PersonEnrollment {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000002', description: 'The enrollmentId of the enrollment events.' }) enrollmentId: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: string;
  @ApiProperty({ example: '2024-08' }) startMonth: string;
  @ApiProperty({ example: null, nullable: true, type: String }) stopFromMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) stopReason: string | null;
}

/** What social-assistance knows of one person (一人一档), within the caller's division. */
export class SocialAssistancePerson {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张三明', nullable: true, type: String, description: 'As recorded in a household (else at a vagrant intake).' }) name: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Date of death, once civil registration reported it.' }) deceasedOn: string | null;
  @ApiProperty({ type: [PersonMembership] }) households: PersonMembership[];
  @ApiProperty({ type: [CaseWorkItem], description: 'Their household’s 低保 cases and the 特困 or 单人户 cases in their name, newest first.' }) cases: CaseWorkItem[];
  @ApiProperty({ type: [PersonEnrollment] }) enrollments: PersonEnrollment[];
  @ApiProperty({ type: [OverpaymentResponse] }) overpayments: OverpaymentResponse[];
  @ApiProperty({ type: [ReliefResponse] }) temporaryRelief: ReliefResponse[];
  @ApiProperty({ type: [VagrantCaseResponse] }) vagrantCases: VagrantCaseResponse[];
}

export const PERSON_RECORDS = ['HOUSEHOLD', 'VAGRANT_CASE'] as const;

/** A record naming a person whose name matches the search. */
export class PersonSearchItem {
  @ApiProperty({ example: '11010519491231002X', nullable: true, type: String, description: 'Null for a vagrant intake without a known ID.' }) residentId: string | null;
  @ApiProperty({ example: '张三明' }) name: string;
  @ApiProperty({ enum: PERSON_RECORDS, example: 'HOUSEHOLD', description: 'HOUSEHOLD: a member of household recordId; VAGRANT_CASE: vagrant case recordId.' }) record: (typeof PERSON_RECORDS)[number];
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) recordId: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
}
