import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Canteen } from './canteen.entity';

/**
 * Canteens by id, in memory: every meal names its canteen, and what a meal reads of it (region,
 * slots) never changes once created, so a canteen found once is kept for the life of the process.
 * A miss is not remembered, so a canteen created through another replica is found on its first
 * meal. The operating mode may change (meals never read it); the replica that changes it forgets
 * the row after the commit. Whoever adds a way to change what meals read must do more than that:
 * other replicas keep their copy.
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
