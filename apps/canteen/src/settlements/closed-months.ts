import { Injectable } from '@nestjs/common';

/**
 * The (canteen, month) pairs this process has seen approved. Approval is final, so a pair once
 * known closed stays closed and a meal for it is refused without asking the database; a pair not
 * known here is checked in the meal's transaction under the month lock (another replica may have
 * approved it).
 */
@Injectable()
export class ClosedMonths {
  private readonly closed = new Set<string>();

  static key(canteenId: string, month: string): string {
    return `${canteenId}:${month}`;
  }

  has(canteenId: string, month: string): boolean {
    return this.closed.has(ClosedMonths.key(canteenId, month));
  }

  add(canteenId: string, month: string): void {
    this.closed.add(ClosedMonths.key(canteenId, month));
  }
}
