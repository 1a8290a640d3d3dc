import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Canteen } from './canteen.entity';
import type { CreateCanteenDto } from './dto/create-canteen.dto';

@Injectable()
export class CanteensService {
  constructor(private readonly dataSource: DataSource) {}

  async create(dto: CreateCanteenDto): Promise<Canteen> {
    const repo = this.dataSource.getRepository(Canteen);
    return repo.save(repo.create({ name: dto.name, operator: dto.operator, address: dto.address, region: dto.region, slots: dto.slots }));
  }

  list(): Promise<Canteen[]> {
    return this.dataSource.getRepository(Canteen).find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Canteen> {
    const canteen = await this.dataSource.getRepository(Canteen).findOneBy({ id });
    if (!canteen) throw new ProblemException({ status: 404, code: 'CANTEEN.NOT_FOUND', detail: `no canteen ${id}` });
    return canteen;
  }
}
