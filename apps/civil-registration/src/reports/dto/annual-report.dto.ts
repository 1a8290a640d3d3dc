import { ApiProperty } from '@nestjs/swagger';

export class AnnualReportDto {
  @ApiProperty({ example: 2024 })
  year: number;
  @ApiProperty({ example: 3104, description: 'Marriages registered in the year, all kinds.' })
  marriages: number;
  @ApiProperty({ example: 380, description: 'Retroactive registrations (补办).' })
  retroactiveRegistrations: number;
  @ApiProperty({ example: 70, description: 'Remarriages of a divorced couple (复婚).' })
  remarriages: number;
  @ApiProperty({ example: 450, description: 'Re-registrations: retroactive registrations plus remarriages.' })
  reRegistrations: number;
  @ApiProperty({ example: 210, description: 'Marriage certificates re-issued (补领).' })
  certificateReissues: number;
  @ApiProperty({ example: 681 })
  divorceApplications: number;
  @ApiProperty({ example: 418 })
  divorceRegistrations: number;
  @ApiProperty({ example: 150, description: 'Withdrawn by a party during cooling-off.' })
  divorcesWithdrawn: number;
  @ApiProperty({ example: 100, description: 'Deemed withdrawn: nobody came for the certificate in time.' })
  divorcesDeemedWithdrawn: number;
  @ApiProperty({ example: 3715, description: 'Deaths with a date of death in the year.' })
  deaths: number;
  @ApiProperty({ example: 47 })
  exemptBurials: number;
  @ApiProperty({ example: 3668 })
  cremations: number;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'cremations / (deaths - exempt burials), 4 decimals; null when no death needed cremation.' })
  cremationRate: number | null;
  @ApiProperty({ example: 3715 })
  funeralBenefitsGranted: number;
  @ApiProperty({ example: 1626000000, description: 'Funeral benefits granted in the year, integer fen.' })
  funeralBenefitTotalFen: number;
  @ApiProperty({ example: 19, description: 'Place names named (地名命名).' })
  placeNamesNamed: number;
  @ApiProperty({ example: 2868, description: 'Rural place names collected.' })
  placeNamesCollected: number;
  @ApiProperty({ example: 1, description: 'Marriage registration offices (婚姻登记处) that registered in the year.' })
  registrationOffices: number;
  @ApiProperty({ example: 3, description: 'Registration points (登记点) other than park points that registered in the year.' })
  registrationPoints: number;
  @ApiProperty({ example: 2, description: 'Park registration points (公园登记点) that registered in the year.' })
  parkRegistrationPoints: number;
  @ApiProperty({ example: 21, description: 'Group certificate ceremonies (集体颁证) held in the year.' })
  groupCeremonies: number;
  @ApiProperty({ example: 420, description: 'Other certificate ceremonies held in the year.' })
  otherCeremonies: number;
  @ApiProperty({ example: 1107, description: 'Couples given premarital counselling (婚前辅导) in the year, each couple once.' })
  premaritalCounsellingCouples: number;
  @ApiProperty({ example: 186, description: 'Couples (divorce applications) mediated (离婚调解) in the year, each once.' })
  divorceMediationCouples: number;
  @ApiProperty({ example: 1, description: 'Urban public-welfare cemeteries (城市公益性公墓) recorded.' })
  urbanCemeteries: number;
  @ApiProperty({ example: 20, description: 'Rural public-welfare cemeteries (农村公益性公墓) recorded.' })
  ruralCemeteries: number;
  @ApiProperty({ example: 160, description: 'Rural ash halls (农村骨灰堂) recorded.' })
  ruralAshHalls: number;
  @ApiProperty({ example: 3668, description: 'Cremations of the year whose ashes have a plot or niche.' })
  ashesPlaced: number;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: '骨灰安葬率 = ashes buried or placed / cremations, 4 decimals; null when nobody was cremated.' })
  ashBurialRate: number | null;
}
