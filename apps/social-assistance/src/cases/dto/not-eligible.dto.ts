// The refusals DIBAO.NOT_ELIGIBLE (a 低保 approval) and TEKUN.NOT_ELIGIBLE (a 特困 application) as
// their 422 problems (RFC 9457) carry them: beside the standard members, the extension `reason`,
// the stable code of the assessment rule that failed, for clients to branch on and translate
// (the English `detail` is for people reading logs). Documented in the controllers' ApiResponse.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DIBAO_INELIGIBILITIES, type DibaoIneligibility } from '../../dibao/rules/dibao-benefit.rule';
import { SINGLE_PERSON_INELIGIBILITIES, type SinglePersonIneligibility } from '../../dibao/rules/single-person.rule';
import { TEKUN_INELIGIBILITIES } from '../../tekun/rules/tekun.rule';

/** Every reason a 低保 assessment gives: the household's, and a 单人户 applicant's. */
export const DIBAO_NOT_ELIGIBLE_REASONS: readonly (DibaoIneligibility | SinglePersonIneligibility)[] = [...new Set([...DIBAO_INELIGIBILITIES, ...SINGLE_PERSON_INELIGIBILITIES])];
export const TEKUN_NOT_ELIGIBLE_REASONS = TEKUN_INELIGIBILITIES;

/** Shared schemas of the reasons, so clients get one type for them (every use names the schema and describes it). */
export const DIBAO_INELIGIBILITY_ENUM = { enumName: 'DibaoIneligibility', enumSchema: { description: 'Why a household, or a 单人户 applicant, is not eligible for 低保 (the assessment rules’ codes).' } };
export const TEKUN_INELIGIBILITY_ENUM = { enumName: 'TekunIneligibility', enumSchema: { description: 'Why a person is not eligible for 特困 (the eligibility rule’s codes).' } };

class ProblemMembers {
  @ApiProperty({ description: 'The problem type: https://civil-affairs.example/problems/ and the code in lower case.' }) type: string;
  @ApiProperty({ example: 'Unprocessable Entity' }) title: string;
  @ApiProperty({ example: 422 }) status: number;
  @ApiPropertyOptional({ description: 'English, for people and logs; branch on `code` and `reason`.' }) detail?: string;
  @ApiPropertyOptional({ description: 'The path of the request.' }) instance?: string;
}

export class DibaoNotEligibleProblem extends ProblemMembers {
  @ApiProperty({ example: 'DIBAO.NOT_ELIGIBLE' }) code: string;
  @ApiProperty({
    enum: DIBAO_NOT_ELIGIBLE_REASONS,
    ...DIBAO_INELIGIBILITY_ENUM,
    example: 'INCOME_NOT_BELOW_STANDARD',
    description:
      'Why the household (or the 单人户 applicant) is not eligible: NO_MEMBERS, INCOME_NOT_BELOW_STANDARD, ASSETS_ABOVE_LIMIT; for 单人户 also NOT_DISABLED_OR_ILL, HOUSEHOLD_NOT_BORDERLINE.',
  })
  reason: DibaoIneligibility | SinglePersonIneligibility;

  @ApiProperty({ example: '2024-10', description: 'The month judged: the first month that would be paid.' }) month: string;
}

export class TekunNotEligibleProblem extends ProblemMembers {
  @ApiProperty({ example: 'TEKUN.NOT_ELIGIBLE', description: 'TEKUN.NOT_ELIGIBLE, or TEKUN.NOT_A_MEMBER (without `reason`).' }) code: string;
  @ApiPropertyOptional({
    enum: TEKUN_NOT_ELIGIBLE_REASONS,
    ...TEKUN_INELIGIBILITY_ENUM,
    example: 'HAS_ABLE_SUPPORTER',
    // Nest gives a shared enum schema the description of the first property using it: written for both.
    description: 'Why a person is not eligible for 特困 (TEKUN.NOT_ELIGIBLE only): NOT_IN_COVERED_GROUP, INCOME_NOT_BELOW_STANDARD, ASSETS_ABOVE_LIMIT, HAS_ABLE_SUPPORTER, COVERED_AS_ORPHAN.',
  })
  reason?: (typeof TEKUN_NOT_ELIGIBLE_REASONS)[number];
}
