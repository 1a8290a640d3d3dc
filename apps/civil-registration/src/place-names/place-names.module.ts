import { Module } from '@nestjs/common';
import { PlaceNamesController } from './place-names.controller';
import { PlaceNamesService } from './place-names.service';

@Module({ controllers: [PlaceNamesController], providers: [PlaceNamesService] })
export class PlaceNamesModule {}
