import { Module } from '@nestjs/common';
import { ResidenceModule } from '../residence/residence.module';
import { MatchedMovesConsumer } from './matched-moves.consumer';
import { MatchedMovesService } from './matched-moves.service';

@Module({
  imports: [ResidenceModule],
  controllers: [MatchedMovesConsumer],
  providers: [MatchedMovesService],
})
export class MatchedMovesModule {}
