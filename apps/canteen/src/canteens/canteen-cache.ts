import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Canteen } from './canteen.entity';

/**
 * Canteens by id, in memory: every meal names its canteen, and a canteen row never changes once
 * created (there is no update endpoint), so a canteen found once is kept for the life of the
 * process. A miss is not remembered, so a canteen created through another replica is found on
 * its first meal. Whoever adds a way to change a canteen must call forget(id) after the commit.
 */
@Injectable()
export class CanteenCache {
  private readonly byId = new Map<string, Canteen>();

  constructor(private readonly dataSource: DataSource) {}

  async get(id: string): Promise<Canteen | null> {
    const hit = this.byId.get(id);
    if (hit) return hit;
    const canteen = await this.dataSource.getRepository(Canteen).findOneBy({ id });
    if (canteen) this.byId.set(id, canteen);
    return canteen;
  }

  forget(id: string): void {
    this.byId.delete(id);
  }
}
